using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Runs;
using Quartz;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.RunPartnerFeed;

/// <summary>Runs one queued import (input: the run id). A run already done or taken is left alone, so a retry is harmless.</summary>
internal sealed class RunPartnerFeedJob(PartnerImportRunner runner, FeedFetcher fetcher) : IJob
{
    public const string Name = "partner-feed-run";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (Guid.TryParse(JobInput.Of(context), out var runId))
        {
            await runner.ExecuteAsync(runId, fetcher.OpenAsync, cancellationToken);
        }
    }
}
