using System.IO.Compression;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Devices.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.PersonalData;

/// <summary>
/// Devices' part of an export: registered devices (never their token hashes), pushed samples, daily metrics, device
/// workouts, imports with each file's result and the ORIGINAL file as uploaded (<c>imports/{importId}/{n}-{name}</c>),
/// provider connections (never their tokens) and the activities synced from providers.
/// </summary>
internal sealed class DevicesPersonalDataExporter(DevicesDbContext db) : IPersonalDataExporter
{
    public string Module => DevicesModule.ModuleName;

    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteJsonAsync("devices", await db.DeviceRegistrations.AsNoTracking().Where(d => d.OwnerId == userId)
            .OrderBy(d => d.CreatedAt)
            .Select(d => new { d.Id, d.Kind, d.Name, d.CreatedAt, d.LastSeenAt, d.RevokedAt })
            .ToListAsync(cancellationToken), cancellationToken);

        // Samples may be millions of rows: streamed from the query into the zip.
        await writer.WriteJsonAsync("samples", db.DeviceSamples.AsNoTracking().Where(s => s.OwnerId == userId)
            .OrderBy(s => s.Start).ThenBy(s => s.Id)
            .Select(s => new { s.DeviceId, s.Type, s.Start, s.End, s.Value, s.Stage })
            .AsAsyncEnumerable(), cancellationToken);

        await writer.WriteJsonAsync("daily-metrics", await db.DailyMetrics.AsNoTracking().Where(m => m.OwnerId == userId)
            .OrderBy(m => m.Date)
            .Select(m => new { m.Date, m.Steps, m.RestingHeartRate, m.SleepMinutes, m.WeightKg, m.UpdatedAt })
            .ToListAsync(cancellationToken), cancellationToken);

        await writer.WriteJsonAsync("device-workouts", await db.DeviceWorkouts.AsNoTracking().Where(w => w.OwnerId == userId)
            .OrderBy(w => w.Start)
            .Select(w => new { w.DeviceId, w.Start, w.ActivityId, w.CreatedAt })
            .ToListAsync(cancellationToken), cancellationToken);

        await ExportImportsAsync(userId, writer, cancellationToken);

        await writer.WriteJsonAsync("provider-connections", await db.ProviderConnections.AsNoTracking().Where(c => c.AthleteId == userId)
            .OrderBy(c => c.ConnectedAt)
            .Select(c => new { c.Provider, c.ProviderAthleteId, c.Status, c.Scope, c.ConnectedAt, c.LastSyncAt, c.LastError, c.LastErrorAt, c.UpdatedAt })
            .ToListAsync(cancellationToken), cancellationToken);

        await writer.WriteJsonAsync("synced-activities", await db.SyncedActivities.AsNoTracking().Where(s => s.AthleteId == userId)
            .OrderBy(s => s.SyncedAt)
            .Select(s => new { s.Provider, s.ProviderActivityId, s.TrainingActivityId, s.SyncedAt })
            .ToListAsync(cancellationToken), cancellationToken);
    }

    private async Task ExportImportsAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var imports = await db.Imports.AsNoTracking().Where(i => i.AthleteId == userId).OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken);
        var files = await db.ImportFiles.AsNoTracking().Where(f => f.AthleteId == userId).OrderBy(f => f.Position).ToListAsync(cancellationToken);
        var activities = await db.ImportedActivities.AsNoTracking().Where(a => a.AthleteId == userId).ToListAsync(cancellationToken);
        var originals = new Dictionary<Guid, string>();
        foreach (var file in files.Where(f => f.OriginalBlobId is not null))
        {
            var blob = await db.ImportBlobs.AsNoTracking().SingleOrDefaultAsync(b => b.Id == file.OriginalBlobId, cancellationToken);
            if (blob is null)
            {
                continue;
            }

            var path = $"imports/{file.ImportId}/{file.Position}-{SafeName(blob.FileName)}";
            await writer.WriteFileAsync(path, blob.StoredAsUploaded ? blob.Content : await GunzipAsync(blob.Content, cancellationToken), cancellationToken);
            originals[file.Id] = path;
        }

        await writer.WriteJsonAsync("imports", imports.Select(i => new
        {
            i.Id, i.Kind, i.FileName, i.Format, i.Status, i.ErrorCode, i.ErrorMessage, i.FileCount, i.ImportedCount, i.DuplicateCount, i.FailedCount,
            i.CreatedAt, i.CompletedAt,
            Files = files.Where(f => f.ImportId == i.Id).Select(f => new
            {
                f.Position, f.FileName, f.Format, f.Status, f.ErrorCode, f.ErrorMessage, f.Sha256, f.ExistingActivityId,
                Original = originals.GetValueOrDefault(f.Id),
                Activities = activities.Where(a => a.ImportFileId == f.Id)
                    .Select(a => new { a.ActivityId, a.Sport, a.StartTime, a.DistanceMeters, a.ElapsedSeconds, a.DeviceName }),
            }),
        }), cancellationToken);
    }

    /// <summary>The uploaded name without folders or characters a file system might refuse.</summary>
    internal static string SafeName(string fileName)
    {
        var name = fileName.Replace('\\', '/').Split('/')[^1];
        var safe = new string([.. name.Select(c => char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c)]);
        return safe.Trim('.', ' ') is { Length: > 0 } trimmed ? trimmed : "file";
    }

    private static async Task<byte[]> GunzipAsync(byte[] content, CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(new MemoryStream(content, writable: false), CompressionMode.Decompress);
        using var original = new MemoryStream();
        await gzip.CopyToAsync(original, cancellationToken);
        return original.ToArray();
    }
}
