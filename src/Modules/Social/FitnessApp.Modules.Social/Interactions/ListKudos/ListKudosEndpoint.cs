using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Interactions.ListKudos;

internal static class ListKudosEndpoint
{
    public static void MapListKudos(this IEndpointRouteBuilder group) =>
        group.MapGet(InteractionRoutes.Kudos, Handle)
            .WithName("ListKudos")
            .WithSummary("Who gave kudos to an activity the caller may see, newest first; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<Page<KudosGiverResponse>>> Handle(
        Guid activityId, string? cursor, int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListKudos(activityId, principal.GetUserId(), cursor, limit ?? ListKudos.DefaultLimit), cancellationToken));
}
