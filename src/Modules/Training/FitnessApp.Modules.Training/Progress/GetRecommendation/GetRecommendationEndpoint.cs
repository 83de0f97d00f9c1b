using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Progress.GetRecommendation;

internal static class GetRecommendationEndpoint
{
    public static void MapGetRecommendation(this IEndpointRouteBuilder group) =>
        group.MapGet(ProgressRoutes.Recommendation, Handle)
            .WithName("GetTrainingRecommendation")
            .WithSummary("Today's recommendation for the caller (rest, easy, moderate or hard) with its reason code and the numbers behind it")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<RecommendationResponse>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRecommendation(principal.GetUserId()), cancellationToken));
}
