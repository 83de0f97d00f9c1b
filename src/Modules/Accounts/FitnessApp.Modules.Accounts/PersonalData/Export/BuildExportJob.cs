using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.PersonalData.Domain;
using FitnessApp.Modules.Shared.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FitnessApp.Modules.Accounts.PersonalData.Export;

/// <summary>
/// Builds a queued export (input: the export id). A failure is the export's outcome (<c>failed</c>, the athlete may
/// ask again) rather than a retry: a half-built zip is never kept.
/// </summary>
internal sealed class BuildExportJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BuildExportJob> logger) : IJob
{
    public const string Name = "personal-data-export";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var exportId = Guid.Parse(JobInput.Of(context));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var export = await db.DataExports.SingleOrDefaultAsync(e => e.Id == exportId, cancellationToken);
        if (export is null || export.Status is not (ExportStatuses.Queued or ExportStatuses.Running))
        {
            return;
        }

        export.Status = ExportStatuses.Running;
        export.StartedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var archive = await scope.ServiceProvider.GetRequiredService<ExportArchiveBuilder>()
                .BuildAsync(export.Id, export.UserId, export.StartedAt.Value, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            db.DataExportArchives.Add(new DataExportArchive { ExportId = export.Id, Content = archive.Content });
            export.Status = ExportStatuses.Ready;
            export.CompletedAt = now;
            export.ExpiresAt = now + DataExport.Lifetime;
            export.SizeBytes = archive.Content.LongLength;
            export.FileCount = archive.FileCount;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Export {ExportId} ready: {Files} files, {Bytes} bytes in {Elapsed}", export.Id, archive.FileCount, archive.Content.LongLength, now - export.StartedAt);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Export {ExportId} failed", exportId);
            db.ChangeTracker.Clear();
            await db.DataExports.Where(e => e.Id == exportId).ExecuteUpdateAsync(
                s => s.SetProperty(e => e.Status, ExportStatuses.Failed)
                    .SetProperty(e => e.CompletedAt, clock.GetUtcNow().UtcDateTime)
                    .SetProperty(e => e.Error, "The export could not be built."),
                CancellationToken.None);
        }
    }
}
