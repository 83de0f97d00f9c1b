using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Security.ConfirmEmailChange;

/// <summary>Moves the account to the new address with the token mailed there (the sign-in name follows the email).</summary>
internal sealed record ConfirmEmailChange(Guid UserId, string NewEmail, string Token) : ICommand<Unit>;

internal sealed class ConfirmEmailChangeValidator : AbstractValidator<ConfirmEmailChange>
{
    public ConfirmEmailChangeValidator()
    {
        RuleFor(r => r.UserId).NotEmpty();
        RuleFor(r => r.NewEmail).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(r => r.Token).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class ConfirmEmailChangeHandler(UserManager<User> users, AuditTrail audit) : IRequestHandler<ConfirmEmailChange, Unit>
{
    public const string InvalidToken = "The confirmation link is not valid, was already used or has expired.";

    public async Task<Unit> Handle(ConfirmEmailChange request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw FieldErrors.For("token", InvalidToken);
        var oldEmail = user.Email;
        var newEmail = request.NewEmail.Trim();
        audit.Add(SecurityEventKind.EmailChanged, user.Id, newEmail, $"from {oldEmail} to {newEmail}");
        var changed = await users.ChangeEmailAsync(user, newEmail, request.Token);
        if (!changed.Succeeded)
        {
            throw changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? FieldErrors.For("token", InvalidToken)
                : FieldErrors.For("newEmail", "This address cannot be used for this account.");
        }

        var renamed = await users.SetUserNameAsync(user, newEmail);
        return renamed.Succeeded ? Unit.Value : throw FieldErrors.For("newEmail", "This address cannot be used for this account.");
    }
}

internal static class ConfirmEmailChangeEndpoint
{
    public sealed record Body(Guid? UserId, string? NewEmail, string? Token);

    public static void MapConfirmEmailChange(this IEndpointRouteBuilder group) =>
        group.MapPost("/email/change/confirm", Handle)
            .AllowAnonymous()
            .WithName("ConfirmEmailChange")
            .WithSummary("Complete an email change with the user id, new address and token of the link mailed to it")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();

    private static async Task<NoContent> Handle(Body body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ConfirmEmailChange(body.UserId ?? Guid.Empty, body.NewEmail ?? string.Empty, body.Token ?? string.Empty), cancellationToken);
        return TypedResults.NoContent();
    }
}
