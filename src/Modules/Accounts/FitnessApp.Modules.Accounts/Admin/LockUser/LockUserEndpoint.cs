using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Admin.LockUser;

internal static class LockUserEndpoint
{
    /// <summary>Both optional: no body, or <c>{}</c>, locks without end.</summary>
    public sealed record Body(DateTimeOffset? Until, string? Reason);

    public static void MapLockUser(this IEndpointRouteBuilder group) =>
        group.MapPost(AdminEndpoints.Users + "/{id:guid}/lock", Handle)
            .WithName("AdminLockUser")
            .WithSummary("Lock an account until 'until' (without end when left out) and end its sessions; audited with 'reason' (operators; operators' and admins' accounts: admins only)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<AdminLockout>> Handle(Guid id, Body? body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new LockUser(principal.GetUserId(), id, body?.Until, body?.Reason), cancellationToken));
}
