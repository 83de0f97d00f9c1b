using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Activities.GetActivityStreams;

internal static class GetActivityStreamsEndpoint
{
    public static void MapGetActivityStreams(this IEndpointRouteBuilder group) =>
        group.MapGet(ActivityRoutes.Activities + "/{id:guid}/streams", Handle)
            .WithName("GetActivityStreams")
            .WithSummary("The track's samples, one array per channel; ?resolution=N (default 1000) or full")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ActivityStreamsResponse>> Handle(
        Guid id, string? resolution, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetActivityStreams(id, principal.GetUserId(), resolution), cancellationToken));
}
