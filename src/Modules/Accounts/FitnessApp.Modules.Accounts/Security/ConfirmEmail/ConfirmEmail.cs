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

namespace FitnessApp.Modules.Accounts.Security.ConfirmEmail;

/// <summary>Marks the address confirmed with the token of the confirmation link.</summary>
internal sealed record ConfirmEmail(Guid UserId, string Token) : ICommand<Unit>;

internal sealed class ConfirmEmailValidator : AbstractValidator<ConfirmEmail>
{
    public ConfirmEmailValidator()
    {
        RuleFor(r => r.UserId).NotEmpty();
        RuleFor(r => r.Token).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class ConfirmEmailHandler(UserManager<User> users, AuditTrail audit) : IRequestHandler<ConfirmEmail, Unit>
{
    public const string InvalidToken = "The confirmation link is not valid or has expired. Ask for a new one.";

    public async Task<Unit> Handle(ConfirmEmail request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw FieldErrors.For("token", InvalidToken);
        if (user.EmailConfirmed)
        {
            return Unit.Value;
        }

        audit.Add(SecurityEventKind.EmailConfirmed, user);
        var result = await users.ConfirmEmailAsync(user, request.Token);
        return result.Succeeded ? Unit.Value : throw FieldErrors.For("token", InvalidToken);
    }
}

internal static class ConfirmEmailEndpoint
{
    public sealed record Body(Guid? UserId, string? Token);

    public static void MapConfirmEmail(this IEndpointRouteBuilder group) =>
        group.MapPost("/email/confirm", Handle)
            .AllowAnonymous()
            .WithName("ConfirmEmail")
            .WithSummary("Confirm the account's email address with the user id and token of the confirmation link")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();

    private static async Task<NoContent> Handle(Body body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ConfirmEmail(body.UserId ?? Guid.Empty, body.Token ?? string.Empty), cancellationToken);
        return TypedResults.NoContent();
    }
}
