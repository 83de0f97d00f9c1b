using FitnessApp.Modules.Shared.Contracts.Paging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Moderation.ListReports;

internal static class ListReportsEndpoint
{
    public static void MapListReports(this IEndpointRouteBuilder group) =>
        group.MapGet(ModerationRoutes.Queue, Handle)
            .WithName("ListModerationReports")
            .WithSummary("Operators: reported targets with their report count, newest report first; status open (default) or resolved, optionally one target kind")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<Page<QueueItem>>> Handle(
        IMediator mediator, string? status, string? target, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListReports(status, target, cursor, limit ?? ListReports.DefaultLimit), cancellationToken));
}
