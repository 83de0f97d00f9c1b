using System.Security.Claims;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Email;
using FitnessApp.Modules.Accounts.Security.RateLimits;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Security.ResendConfirmation;

/// <summary>Mails a new confirmation link to the signed-in account (nothing when already confirmed).</summary>
internal sealed record ResendConfirmation(Guid UserId) : ICommand<Unit>;

internal sealed class ResendConfirmationHandler(UserManager<User> users, AccountEmails emails, AccountAttemptLimiter limiter)
    : IRequestHandler<ResendConfirmation, Unit>
{
    public async Task<Unit> Handle(ResendConfirmation request, CancellationToken cancellationToken)
    {
        limiter.Take(AccountAction.Confirmation, request.UserId.ToString());
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("Account", request.UserId);
        if (!user.EmailConfirmed)
        {
            emails.Request(AccountEmailKind.ConfirmEmail, user);
        }

        return Unit.Value;
    }
}

internal static class ResendConfirmationEndpoint
{
    public static void MapResendConfirmation(this IEndpointRouteBuilder group) =>
        group.MapPost("/me/email/confirmation", Handle)
            .RequireAuthorization()
            .WithAuthRateLimits()
            .WithName("ResendEmailConfirmation")
            .WithSummary("Mail a new confirmation link to the signed-in account's address")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Accepted> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ResendConfirmation(principal.GetUserId()), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
