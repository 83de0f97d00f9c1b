using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Connections.FollowAthlete;

internal static class FollowAthleteEndpoint
{
    public static void MapFollowAthlete(this IEndpointRouteBuilder api) =>
        api.MapPost("/follows/{userId:guid}", Handle)
            .WithName("FollowAthlete")
            .WithSummary("Follow an athlete (state following), or ask to when their profile is followers-only (state requested); idempotent")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<FollowResponse>> Handle(Guid userId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new FollowAthlete(principal.GetUserId(), userId), cancellationToken));
}
