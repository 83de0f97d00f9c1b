using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Progress.GetStatistics;

internal static class GetStatisticsEndpoint
{
    public static void MapGetStatistics(this IEndpointRouteBuilder group) =>
        group.MapGet(ProgressRoutes.Statistics, Handle)
            .WithName("GetTrainingStatistics")
            .WithSummary("The caller's totals by sport for the week, month or year containing 'from' (yyyy-MM-dd, default today), the last 12 periods and the streaks")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<StatisticsResponse>> Handle(
        ClaimsPrincipal principal, IMediator mediator, string? period, string? from, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStatistics(principal.GetUserId(), period, from), cancellationToken));
}
