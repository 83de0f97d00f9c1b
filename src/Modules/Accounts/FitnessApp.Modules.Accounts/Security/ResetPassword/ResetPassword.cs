using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Accounts.Security.Passwords;
using FitnessApp.Modules.Accounts.Security.RateLimits;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Security.ResetPassword;

/// <summary>Sets a new password with the token of a reset link (once: the reset changes the security stamp the token is bound to).</summary>
internal sealed record ResetPassword(Guid UserId, string Token, string NewPassword) : ICommand<Unit>;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.UserId).NotEmpty();
        RuleFor(r => r.Token).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.NewPassword).NewPassword();
    }
}

internal sealed class ResetPasswordHandler(UserManager<User> users, AuditTrail audit, AccountAttemptLimiter limiter)
    : IRequestHandler<ResetPassword, Unit>
{
    public const string InvalidToken = "The reset link is not valid, was already used or has expired. Ask for a new one.";

    public async Task<Unit> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        limiter.Take(AccountAction.PasswordReset, request.UserId.ToString());
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw FieldErrors.For("token", InvalidToken);
        audit.Add(SecurityEventKind.PasswordReset, user);
        var result = await users.ResetPasswordAsync(user, request.Token, request.NewPassword);
        if (!result.Succeeded)
        {
            throw result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? FieldErrors.For("token", InvalidToken)
                : FieldErrors.For("newPassword", [.. result.Errors.Select(e => e.Description)]);
        }

        // The link came to the mailbox, which proves the address; a lockout from guessing ends with the new password.
        user.EmailConfirmed = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Unit.Value;
    }
}

internal static class ResetPasswordEndpoint
{
    public sealed record Body(Guid? UserId, string? Token, string? NewPassword);

    public static void MapResetPassword(this IEndpointRouteBuilder group) =>
        group.MapPost("/password/reset", Handle)
            .AllowAnonymous()
            .WithAuthRateLimits()
            .WithName("ResetPassword")
            .WithSummary("Set a new password with the user id and token of a reset link; signs out every session")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();

    private static async Task<NoContent> Handle(Body body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ResetPassword(body.UserId ?? Guid.Empty, body.Token ?? string.Empty, body.NewPassword ?? string.Empty), cancellationToken);
        return TypedResults.NoContent();
    }
}
