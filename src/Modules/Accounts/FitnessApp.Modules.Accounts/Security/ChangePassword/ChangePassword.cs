using System.Security.Claims;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Accounts.Security.Passwords;
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

namespace FitnessApp.Modules.Accounts.Security.ChangePassword;

/// <summary>Replaces the password when the current one is right; other sessions' refresh tokens and cookies stop working.</summary>
internal sealed record ChangePassword(Guid UserId, string CurrentPassword, string NewPassword) : ICommand<Unit>;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        RuleFor(r => r.NewPassword).NewPassword();
    }
}

internal sealed class ChangePasswordHandler(UserManager<User> users, AuditTrail audit) : IRequestHandler<ChangePassword, Unit>
{
    public async Task<Unit> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("Account", request.UserId);
        if (!await users.CheckPasswordAsync(user, request.CurrentPassword))
        {
            throw FieldErrors.For("currentPassword", "The current password is not correct.");
        }

        audit.Add(SecurityEventKind.PasswordChanged, user);
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            throw FieldErrors.For("newPassword", [.. result.Errors.Select(e => e.Description)]);
        }

        return Unit.Value;
    }
}

internal static class ChangePasswordEndpoint
{
    public sealed record Body(string? CurrentPassword, string? NewPassword);

    public static void MapChangePassword(this IEndpointRouteBuilder group) =>
        group.MapPost("/me/password", Handle)
            .RequireAuthorization()
            .WithName("ChangeMyPassword")
            .WithSummary("Change the password (the current one is required); every other session must sign in again")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<NoContent> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ChangePassword(principal.GetUserId(), body.CurrentPassword ?? string.Empty, body.NewPassword ?? string.Empty), cancellationToken);
        return TypedResults.NoContent();
    }
}
