using System.Security.Claims;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Security.SignOutEverywhere;

/// <summary>
/// A new security stamp: every refresh token is refused from now on, and every portal cookie at its next
/// validation (<c>Accounts:SecurityStampValidationInterval</c>), and every bearer access token at once (<see cref="Identity.BearerSessionValidation"/>).
/// </summary>
internal sealed record SignOutEverywhere(Guid UserId) : ICommand<Unit>;

internal sealed class SignOutEverywhereHandler(UserManager<User> users, AuditTrail audit) : IRequestHandler<SignOutEverywhere, Unit>
{
    public async Task<Unit> Handle(SignOutEverywhere request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("Account", request.UserId);
        audit.Add(SecurityEventKind.SignedOutEverywhere, user);
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded
            ? Unit.Value
            : throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

internal static class SignOutEverywhereEndpoint
{
    public static void MapSignOutEverywhere(this IEndpointRouteBuilder group) =>
        group.MapPost("/me/sign-out-everywhere", Handle)
            .RequireAuthorization()
            .WithName("SignOutEverywhere")
            .WithSummary("Revoke every refresh token and portal session of the signed-in account")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<NoContent> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SignOutEverywhere(principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
