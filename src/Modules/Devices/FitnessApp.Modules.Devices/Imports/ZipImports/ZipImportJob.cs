using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Imports.Domain;
using FitnessApp.Modules.Shared.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace FitnessApp.Modules.Devices.Imports.ZipImports;

/// <summary>
/// Imports the files of a queued zip one by one, each in a scope of its own (a failure or a duplicate is that file's
/// result, not the import's), then completes the import and drops the kept zip. A rerun skips the files already done.
/// </summary>
[RetryPolicy(2, "00:00:05", 2)]
internal sealed class ZipImportJob(IServiceScopeFactory scopes, IOptions<ImportOptions> options, TimeProvider clock, ILogger<ZipImportJob> logger) : IJob
{
    public const string Name = "zip-import";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var importId = Guid.Parse(JobInput.Of(context));
        byte[] payload;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DevicesDbContext>();
            var import = await db.Imports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
            if (import?.PayloadBlobId is not { } blobId || import.Status is ImportStatuses.Completed or ImportStatuses.Failed)
            {
                return;
            }

            payload = await db.ImportBlobs.Where(b => b.Id == blobId).Select(b => b.Content).SingleAsync(cancellationToken);
            import.Status = ImportStatuses.Processing;
            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            await ImportEntriesAsync(importId, payload, cancellationToken);
            await FinishAsync(importId, null, cancellationToken);
        }
        catch (ImportRejectedException rejected)
        {
            await FinishAsync(importId, rejected, cancellationToken);
        }
    }

    private async Task ImportEntriesAsync(Guid importId, byte[] payload, CancellationToken cancellationToken)
    {
        using var zip = ZipLimits.Open(new MemoryStream(payload, writable: false));
        var entries = ZipLimits.Check(zip, options.Value);
        long expanded = 0;
        for (var position = 0; position < entries.Count; position++)
        {
            var entry = entries[position];
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DevicesDbContext>();
            if (await db.ImportFiles.AnyAsync(f => f.ImportId == importId && f.Position == position, cancellationToken))
            {
                continue;
            }

            var import = await db.Imports.SingleAsync(i => i.Id == importId, cancellationToken);
            var name = ZipLimits.NameOf(entry);
            try
            {
                var limit = Math.Min(options.Value.MaxDecompressedBytes, options.Value.MaxZipTotalBytes - expanded);
                await using var file = await ZipLimits.ExtractAsync(entry, limit, cancellationToken);
                expanded += file.Length;
                import.ImportedCount++;
                await scope.ServiceProvider.GetRequiredService<ActivityFileImporter>().ImportAsync(import, position, name, file, cancellationToken);
                continue;
            }
            catch (ImportRejectedException rejected)
            {
                import.ImportedCount--;
                db.ChangeTracker.Clear();
                db.Attach(import);
                db.ImportFiles.Add(new ImportFile
                {
                    Id = Guid.CreateVersion7(),
                    ImportId = importId,
                    AthleteId = import.AthleteId,
                    Position = position,
                    FileName = name,
                    Status = rejected.ExistingActivityId is null ? ImportFileStatuses.Failed : ImportFileStatuses.Duplicate,
                    ErrorCode = rejected.Code,
                    ErrorMessage = Cut(rejected.Message),
                    ExistingActivityId = rejected.ExistingActivityId,
                });
                if (rejected.ExistingActivityId is null)
                {
                    import.FailedCount++;
                }
                else
                {
                    import.DuplicateCount++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task FinishAsync(Guid importId, ImportRejectedException? rejected, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DevicesDbContext>();
        var import = await db.Imports.SingleAsync(i => i.Id == importId, cancellationToken);
        import.Status = rejected is null ? ImportStatuses.Completed : ImportStatuses.Failed;
        import.ErrorCode = rejected?.Code;
        import.ErrorMessage = rejected is null ? null : Cut(rejected.Message);
        import.CompletedAt = clock.GetUtcNow().UtcDateTime;
        if (import.PayloadBlobId is { } blobId)
        {
            await db.ImportBlobs.Where(b => b.Id == blobId).ExecuteDeleteAsync(cancellationToken);
            import.PayloadBlobId = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Zip import {ImportId} {Status}: {Imported} imported, {Duplicates} duplicates, {Failed} failed",
            importId, import.Status, import.ImportedCount, import.DuplicateCount, import.FailedCount);
    }

    private static string Cut(string message) => message.Length <= DeviceImport.ErrorMessageMaxLength ? message : message[..DeviceImport.ErrorMessageMaxLength];
}
