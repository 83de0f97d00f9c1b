using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Moderation.GetReport;

internal static class GetReportEndpoint
{
    public static void MapGetReport(this IEndpointRouteBuilder group) =>
        group.MapGet(ModerationRoutes.Queue + "/{id:guid}", Handle)
            .WithName("GetModerationReport")
            .WithSummary("Operators: one report, its target's description and link, and every report on that target")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ReportDetail>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetReport(id), cancellationToken));
}
