using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Email;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Accounts.Security.RateLimits;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Security.ForgotPassword;

/// <summary>Mails a reset link when the address has an account; answers the same either way.</summary>
internal sealed record ForgotPassword(string Email) : ICommand<Unit>;

internal sealed class ForgotPasswordValidator : AbstractValidator<ForgotPassword>
{
    public ForgotPasswordValidator() => RuleFor(r => r.Email).NotEmpty().MaximumLength(256).EmailAddress();
}

internal sealed class ForgotPasswordHandler(UserManager<User> users, AccountEmails emails, AuditTrail audit, AccountAttemptLimiter limiter)
    : IRequestHandler<ForgotPassword, Unit>
{
    public async Task<Unit> Handle(ForgotPassword request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        limiter.Take(AccountAction.PasswordReset, email);
        if (await users.FindByEmailAsync(email) is { } user)
        {
            emails.Request(AccountEmailKind.PasswordReset, user);
            audit.Add(SecurityEventKind.PasswordResetRequested, user);
        }

        return Unit.Value;
    }
}

internal static class ForgotPasswordEndpoint
{
    public sealed record Body(string? Email);

    public static void MapForgotPassword(this IEndpointRouteBuilder group) =>
        group.MapPost("/password/forgot", Handle)
            .AllowAnonymous()
            .WithAuthRateLimits()
            .WithName("ForgotPassword")
            .WithSummary("Mail a password-reset link to the address; always 202, whether or not it has an account")
            .ProducesValidationProblem();

    private static async Task<Accepted> Handle(Body body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ForgotPassword(body.Email ?? string.Empty), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
