using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Me.UpdateSettings;

internal sealed class UpdateSettingsHandler(AccountsDbContext db, IOptions<LegalOptions> legal) : IRequestHandler<UpdateSettings, MeResponse>
{
    public async Task<MeResponse> Handle(UpdateSettings request, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Account", request.UserId);
        user.Units = WireNames.Parse<UnitSystem>(request.Units!);
        user.Language = request.Language!;
        user.TimeZone = request.TimeZone!;
        user.DefaultActivityVisibility = WireNames.Parse<DefaultVisibility>(request.DefaultActivityVisibility!);
        user.ProfileVisibility = WireNames.Parse<ProfileVisibility>(request.ProfileVisibility!);
        foreach (var (kind, on) in request.EmailNotifications ?? new Dictionary<string, bool?>())
        {
            user.Switch(WireNames.Parse<EmailNotificationKind>(kind), on!.Value);
        }

        return await MeLoading.ResponseAsync(db, user, legal.Value, cancellationToken);
    }
}
