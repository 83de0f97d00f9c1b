using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Interactions.UndoKudos;

internal static class UndoKudosEndpoint
{
    public static void MapUndoKudos(this IEndpointRouteBuilder group) =>
        group.MapDelete(InteractionRoutes.Kudos, Handle)
            .WithName("UndoKudos")
            .WithSummary("Take back the caller's kudos on an activity they may see (idempotent)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid activityId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new UndoKudos(activityId, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
