using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Connections.UnfollowAthlete;

internal static class UnfollowAthleteEndpoint
{
    public static void MapUnfollowAthlete(this IEndpointRouteBuilder api) =>
        api.MapDelete("/follows/{userId:guid}", Handle)
            .WithName("UnfollowAthlete")
            .WithSummary("Stop following an athlete or cancel the follow request; idempotent")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<NoContent> Handle(Guid userId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new UnfollowAthlete(principal.GetUserId(), userId), cancellationToken);
        return TypedResults.NoContent();
    }
}
