using System.Security.Claims;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Email;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Accounts.Security.Passwords;
using FitnessApp.Modules.Accounts.Security.RateLimits;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Security.ChangeEmail;

/// <summary>
/// Asks to move the account to <paramref name="NewEmail"/>: a confirmation link goes to the new address and a
/// notice to the current one; nothing changes until the link is opened. An address taken by another account
/// gets the same answer and no message, so the form does not reveal who is registered.
/// </summary>
internal sealed record ChangeEmail(Guid UserId, string NewEmail, string CurrentPassword) : ICommand<Unit>;

internal sealed class ChangeEmailValidator : AbstractValidator<ChangeEmail>
{
    public ChangeEmailValidator()
    {
        RuleFor(r => r.NewEmail).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(r => r.CurrentPassword).NotEmpty().MaximumLength(PasswordRules.MaxLength);
    }
}

internal sealed class ChangeEmailHandler(UserManager<User> users, AccountEmails emails, AuditTrail audit, AccountAttemptLimiter limiter)
    : IRequestHandler<ChangeEmail, Unit>
{
    public async Task<Unit> Handle(ChangeEmail request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("Account", request.UserId);
        if (!await users.CheckPasswordAsync(user, request.CurrentPassword))
        {
            throw FieldErrors.For("currentPassword", "The current password is not correct.");
        }

        var newEmail = request.NewEmail.Trim();
        if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            throw FieldErrors.For("newEmail", "This is already the account's email address.");
        }

        limiter.Take(AccountAction.EmailChange, user.Id.ToString());
        audit.Add(SecurityEventKind.EmailChangeRequested, user, $"to {newEmail}");
        if (await users.FindByEmailAsync(newEmail) is null)
        {
            emails.Request(AccountEmailKind.ConfirmNewEmail, user, newEmail);
            emails.Request(AccountEmailKind.EmailChangeNotice, user, newEmail);
        }

        return Unit.Value;
    }
}

internal static class ChangeEmailEndpoint
{
    public sealed record Body(string? NewEmail, string? CurrentPassword);

    public static void MapChangeEmail(this IEndpointRouteBuilder group) =>
        group.MapPost("/me/email", Handle)
            .RequireAuthorization()
            .WithAuthRateLimits()
            .WithName("ChangeMyEmail")
            .WithSummary("Ask to change the email address: a confirmation link goes to the new one (202)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Accepted> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ChangeEmail(principal.GetUserId(), body.NewEmail ?? string.Empty, body.CurrentPassword ?? string.Empty), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
