using System.Security.Claims;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.PersonalData.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Accounts.Security.Passwords;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.PersonalData.Erasure.RequestErasure;

/// <summary>
/// Erases the account, the password re-entered. At once, in one transaction: the account is locked for good, its
/// security stamp changes (refresh tokens refused, portal cookies dropped at their next validation), the erasure is
/// audited and <see cref="AccountErasureRequested"/> goes to the outbox. The modules then delete the user's data and
/// confirm; the account row goes last (<see cref="AccountErasure"/>).
/// </summary>
internal sealed record RequestErasure(Guid UserId, string Password) : ICommand<Unit>;

internal sealed class RequestErasureValidator : AbstractValidator<RequestErasure>
{
    public RequestErasureValidator() => RuleFor(r => r.Password).NotEmpty().MaximumLength(PasswordRules.MaxLength);
}

internal sealed class RequestErasureHandler(AccountsDbContext db, UserManager<User> users, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RequestErasure, Unit>
{
    public async Task<Unit> Handle(RequestErasure request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("Account", request.UserId);
        if (await db.ErasureRequests.AnyAsync(r => r.UserId == user.Id, cancellationToken))
        {
            return Unit.Value;
        }

        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            throw new ForbiddenException("The password is not correct.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ErasureRequests.Add(new ErasureRequest { UserId = user.Id, RequestedAt = now });
        audit.Add(SecurityEventKind.AccountErased, user, "Erasure requested");
        db.AddIntegrationEvent(new AccountErasureRequested(user.Id) { OccurredAt = now }, now);
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded
            ? Unit.Value
            : throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

internal static class RequestErasureEndpoint
{
    public sealed record Body(string? Password);

    public static void MapRequestErasure(this IEndpointRouteBuilder group) =>
        group.MapDelete("/me", Handle)
            .RequireAuthorization()
            .WithName("EraseMyAccount")
            .WithSummary("Erase the account and all its data (body: the password); disabled at once, data removed in the background")
            .Accepts<Body>("application/json")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Accepted> Handle([FromBody] Body? body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RequestErasure(principal.GetUserId(), body?.Password ?? string.Empty), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
