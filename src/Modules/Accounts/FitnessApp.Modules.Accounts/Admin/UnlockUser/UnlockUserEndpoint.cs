using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Admin.UnlockUser;

internal static class UnlockUserEndpoint
{
    public static void MapUnlockUser(this IEndpointRouteBuilder group) =>
        group.MapPost(AdminEndpoints.Users + "/{id:guid}/unlock", Handle)
            .WithName("AdminUnlockUser")
            .WithSummary("End an account's lock and clear its failed sign-in count; audited (operators; operators' and admins' accounts: admins only)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<AdminLockout>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new UnlockUser(principal.GetUserId(), id), cancellationToken));
}
