using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Me.GetMe;

internal sealed class GetMeHandler(UserManager<User> users, IOptions<LegalOptions> legal) : IRequestHandler<GetMe, MeResponse>
{
    public async Task<MeResponse> Handle(GetMe request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("Account", request.UserId);
        return MeResponse.From(user, await users.GetRolesAsync(user), legal.Value);
    }
}
