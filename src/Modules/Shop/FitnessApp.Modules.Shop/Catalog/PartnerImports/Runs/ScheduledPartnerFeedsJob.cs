using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Runs;

/// <summary>Every quarter of an hour: imports each enabled feed with a URL whose interval has passed since its last run.</summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledPartnerFeedsJob(ShopDbContext db, PartnerImportRunner runner, FeedFetcher fetcher, TimeProvider clock) : IJob
{
    public const string Name = "partner-feeds-scheduled";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var feeds = await db.PartnerFeeds.AsNoTracking().Where(f => f.Enabled && f.Url != null && f.RunningRunId == null).ToListAsync(cancellationToken);
        foreach (var feed in feeds.Where(f => f.IsDue(now)))
        {
            var run = await runner.QueueAsync(feed, ImportTrigger.Schedule, null, cancellationToken);
            await runner.ExecuteAsync(run.Id, fetcher.OpenAsync, cancellationToken);
        }
    }
}
