using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Admin.SetUserRoles;

internal static class SetUserRolesEndpoint
{
    public sealed record Body(IReadOnlyList<string>? Roles);

    public static void MapSetUserRoles(this IEndpointRouteBuilder group) =>
        group.MapPut(AdminEndpoints.Users + "/{id:guid}/roles", Handle)
            .RequireAuthorization(PlatformPolicies.Admin)
            .WithName("AdminSetUserRoles")
            .WithSummary("Give an account exactly these roles (athlete is always kept); each change audited (admins only; not your own admin role, not the last admin)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<AdminUserRoles>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetUserRoles(principal.GetUserId(), id, body.Roles), cancellationToken));
}
