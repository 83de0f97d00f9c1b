using System.Security.Claims;
using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.DailyMetrics.ListDailyMetrics;

internal static class ListDailyMetricsEndpoint
{
    public static void MapListDailyMetrics(this IEndpointRouteBuilder group) =>
        group.MapGet("/daily-metrics", Handle)
            .WithName("ListDailyMetrics")
            .WithSummary("The caller's daily steps, resting heart rate, sleep and weight per local day, ?from=yyyy-MM-dd&to=yyyy-MM-dd (at most 366 days); days without data are left out")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<DailyMetricsDay>>> Handle(string? from, string? to, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListDailyMetrics(principal.GetUserId(), from, to), cancellationToken));
}
