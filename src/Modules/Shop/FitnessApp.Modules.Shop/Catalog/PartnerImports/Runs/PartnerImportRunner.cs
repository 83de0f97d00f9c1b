using System.Text.Json;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Runs;

/// <summary>
/// Executes a queued run: claims its feed with a conditional update (one run per feed at a time, so two hosts or a
/// double click never import twice at once), imports within the run's time limit, records the report and frees the feed.
/// </summary>
internal sealed partial class PartnerImportRunner(
    ShopDbContext db, PartnerImporter importer, TimeProvider clock, IOptions<PartnerImportOptions> options, ILogger<PartnerImportRunner> logger)
{
    public static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web);

    /// <summary>Queues a run of <paramref name="feed"/> (saved at once).</summary>
    public async Task<PartnerImportRun> QueueAsync(PartnerFeed feed, ImportTrigger trigger, string? fileName, CancellationToken cancellationToken)
    {
        var run = new PartnerImportRun
        {
            Id = Guid.CreateVersion7(),
            FeedId = feed.Id,
            Trigger = trigger,
            Status = ImportRunStatus.Queued,
            FileName = fileName is null ? null : fileName[..Math.Min(fileName.Length, PartnerImportRun.FileNameMaxLength)],
            QueuedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.PartnerImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>Runs a queued run once (a run that is no longer queued is left as it is) and returns it as recorded.</summary>
    public async Task<PartnerImportRun?> ExecuteAsync(Guid runId, Func<PartnerFeed, CancellationToken, Task<Stream>> open, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var run = await db.PartnerImportRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || run.Status != ImportRunStatus.Queued)
        {
            return run;
        }

        var feed = await db.PartnerFeeds.AsNoTracking().SingleAsync(f => f.Id == run.FeedId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - options.Value.ClaimExpiry;
        var claimed = await db.PartnerFeeds
            .Where(f => f.Id == feed.Id && (f.RunningRunId == null || f.RunningSince < expired))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.RunningRunId, run.Id).SetProperty(f => f.RunningSince, now), cancellationToken);
        if (claimed == 0)
        {
            run.Status = ImportRunStatus.Skipped;
            run.FinishedAt = now;
            run.Error = "Another run of this feed was in progress.";
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }

        run.Status = ImportRunStatus.Running;
        run.StartedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        ImportReport? report = null;
        string? error = null;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Value.RunTimeout);
        try
        {
            await using var stream = await open(feed, limit.Token);
            report = await importer.ImportAsync(feed, run.Id, stream, limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"The run took longer than {options.Value.RunTimeout} and was stopped.";
        }
        catch (Exception exception) when (exception is FeedFormatException or FeedFetchException or IOException or DbUpdateException or InvalidOperationException)
        {
            error = exception.Message;
            LogFailed(logger, exception, feed.Code, run.Id);
        }

        return await FinishAsync(run.Id, feed.Id, report, error, CancellationToken.None);
    }

    private async Task<PartnerImportRun> FinishAsync(Guid runId, Guid feedId, ImportReport? report, string? error, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        var run = await db.PartnerImportRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        run.FinishedAt = now;
        run.Status = error is null ? ImportRunStatus.Succeeded : ImportRunStatus.Failed;
        run.Error = error is null ? null : error[..Math.Min(error.Length, PartnerImportRun.ErrorMaxLength)];
        if (report is not null)
        {
            run.Rows = report.Rows;
            run.Created = report.Created;
            run.Updated = report.Updated;
            run.Unchanged = report.Unchanged;
            run.Archived = report.Archived;
            run.Rejected = report.Rejected;
            run.RejectedJson = JsonSerializer.Serialize(report.RejectedRows.OrderBy(r => r.Row).ToList(), ReportJson);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.PartnerFeeds
            .Where(f => f.Id == feedId && f.RunningRunId == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.RunningRunId, (Guid?)null).SetProperty(f => f.RunningSince, (DateTime?)null).SetProperty(f => f.LastRunAt, now), cancellationToken);
        return run;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The import of partner feed {FeedCode} (run {RunId}) failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string feedCode, Guid runId);
}
