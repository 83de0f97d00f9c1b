using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Runs;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.RunPartnerFeed;

/// <summary>
/// Queues a run of the feed's URL now, in the background (<see cref="RunPartnerFeedJob"/>). Not a unit-of-work command: the
/// queued run must be committed before the job may pick it up.
/// </summary>
internal sealed record RunPartnerFeed(Guid FeedId) : IRequest<ImportRunResponse>;

internal sealed class RunPartnerFeedHandler(ShopDbContext db, PartnerImportRunner runner, IJobQueue jobs) : IRequestHandler<RunPartnerFeed, ImportRunResponse>
{
    public async Task<ImportRunResponse> Handle(RunPartnerFeed request, CancellationToken cancellationToken)
    {
        var feed = await db.FeedAsync(request.FeedId, cancellationToken);
        if (feed.Url is null)
        {
            throw FieldErrors.For("url", "The feed has no URL to fetch: upload a file instead.");
        }

        var run = await runner.QueueAsync(feed, ImportTrigger.Manual, null, cancellationToken);
        await jobs.EnqueueAsync<RunPartnerFeedJob>(run.Id.ToString(), cancellationToken);
        return ImportRunResponse.From(run, withRows: false);
    }
}

internal static class RunPartnerFeedEndpoint
{
    public static void MapRunPartnerFeed(this IEndpointRouteBuilder group) =>
        group.MapPost(PartnerImportRoutes.Feeds + "/{id:guid}/run", Handle)
            .WithName("RunPartnerFeed")
            .WithSummary("Operators: fetch and import a partner feed now, in the background (202 with the queued run)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Accepted<ImportRunResponse>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        var run = await mediator.Send(new RunPartnerFeed(id), cancellationToken);
        return TypedResults.Accepted(PartnerImportRoutes.Run(run.Id), run);
    }
}
