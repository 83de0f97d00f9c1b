using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Imports.Domain;
using FitnessApp.Modules.Devices.Imports.Files;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Training.Contracts.Tracks;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Imports;

/// <summary>
/// Imports one activity file for an athlete: read it (<see cref="ActivityFileReader"/>), refuse a duplicate, record every
/// activity through Training's <see cref="RecordTrackActivity"/>, then store this module's rows (the file's result,
/// the activities, the duplicate keys, the compressed original) in one save. When that save fails, the recorded
/// activities are deleted again through <see cref="DeleteTrackActivity"/>, so nothing is left half-stored (docs/adr/0011).
/// </summary>
internal sealed class ActivityFileImporter(
    DevicesDbContext db, IMediator mediator, IOptions<ImportOptions> options, TimeProvider clock, ILogger<ActivityFileImporter> logger)
{
    /// <summary>
    /// Imports <paramref name="upload"/> as file <paramref name="position"/> of <paramref name="import"/>; a detached
    /// <paramref name="import"/> (a single-file upload) is added in the same save. <paramref name="spooled"/> is the upload in a temporary file (<see cref="TempFiles"/>). Throws <see cref="ImportRejectedException"/>.
    /// </summary>
    public async Task<ImportFile> ImportAsync(DeviceImport import, int position, string fileName, FileStream spooled, CancellationToken cancellationToken)
    {
        var file = await ActivityFileReader.ReadAsync(spooled, fileName, options.Value, logger, cancellationToken);
        var keys = DedupeKeys(file);
        if (await ExistingAsync(import.AthleteId, keys) is { } duplicateOf)
        {
            throw Duplicate(duplicateOf);
        }

        var original = await OriginalAsync(spooled, import.AthleteId, fileName, file, cancellationToken);
        var recorded = await RecordAsync(import.AthleteId, file, cancellationToken);
        try
        {
            return await StoreAsync(import, position, fileName, file, keys, recorded, original, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            await CompensateAsync(import.AthleteId, recorded.Select(r => r.Recorded.ActivityId));
            if (exception is DbUpdateException update && update.IsUniqueViolation()
                && await ExistingAsync(import.AthleteId, keys) is { } raced)
            {
                throw Duplicate(raced);
            }

            throw;
        }
    }

    private async Task<ImportFile> StoreAsync(
        DeviceImport import, int position, string fileName, ReadFile file, List<(string Key, int Activity)> keys,
        List<(ParsedActivity Parsed, RecordedTrackActivity Recorded, Training.Contracts.Activities.Sport Sport)> recorded,
        ImportBlob original, CancellationToken cancellationToken)
    {
        var row = new ImportFile
        {
            Id = Guid.CreateVersion7(),
            ImportId = import.Id,
            AthleteId = import.AthleteId,
            Position = position,
            FileName = Truncate(fileName, DeviceImport.FileNameMaxLength),
            Format = file.StoredFormat,
            Status = ImportFileStatuses.Imported,
            Sha256 = file.Sha256,
            OriginalBlobId = original.Id,
        };
        if (db.Entry(import).State == EntityState.Detached)
        {
            import.Format = file.StoredFormat;
            import.Status = ImportStatuses.Completed;
            import.FileCount = 1;
            import.ImportedCount = 1;
            import.CompletedAt = clock.GetUtcNow().UtcDateTime;
            db.Imports.Add(import);
        }

        db.ImportBlobs.Add(original);
        db.ImportFiles.Add(row);
        db.ImportedActivities.AddRange(recorded.Select(r => new ImportedActivity
        {
            ActivityId = r.Recorded.ActivityId,
            AthleteId = import.AthleteId,
            ImportId = import.Id,
            ImportFileId = row.Id,
            Sport = r.Sport.ToString(),
            StartTime = r.Parsed.StartTime.UtcDateTime,
            DistanceMeters = r.Recorded.DistanceMeters,
            ElapsedSeconds = r.Recorded.ElapsedSeconds,
            DeviceName = r.Parsed.DeviceName is { } device ? Truncate(device.Trim(), 100) : null,
        }));
        db.ImportDedupeKeys.AddRange(keys.Select(k => new ImportDedupeKey
        {
            AthleteId = import.AthleteId,
            Key = k.Key,
            ActivityId = recorded[k.Activity].Recorded.ActivityId,
            ImportFileId = row.Id,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    private async Task<List<(ParsedActivity Parsed, RecordedTrackActivity Recorded, Training.Contracts.Activities.Sport Sport)>> RecordAsync(
        Guid athleteId, ReadFile file, CancellationToken cancellationToken)
    {
        var timeZone = await TimeZoneOfAsync(athleteId, cancellationToken);
        var recorded = new List<(ParsedActivity, RecordedTrackActivity, Training.Contracts.Activities.Sport)>();
        try
        {
            foreach (var activity in file.Activities)
            {
                var sport = SportGuess.Of(activity);
                var result = await mediator.Send(
                    new RecordTrackActivity(
                        athleteId,
                        sport,
                        activity.StartTime,
                        timeZone,
                        activity.Samples,
                        Title: string.IsNullOrWhiteSpace(activity.Name) ? null : Truncate(activity.Name.Trim(), 200),
                        DeviceName: activity.DeviceName,
                        DeviceCalories: Finite(activity.TotalCalories),
                        DeviceDistanceMeters: Finite(activity.TotalDistanceMeters),
                        Pauses: activity.Pauses),
                    cancellationToken);
                recorded.Add((activity, result, sport));
            }

            return recorded;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await CompensateAsync(athleteId, recorded.Select(r => r.Item2.ActivityId));
            if (exception is ValidationException validation)
            {
                throw new ImportRejectedException(StatusCodes.Status400BadRequest, $"{file.Format}.invalidValues",
                    "The file's values are not plausible for an activity: " + string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct().Take(5)));
            }

            throw;
        }
    }

    private async Task<string> TimeZoneOfAsync(Guid athleteId, CancellationToken cancellationToken)
    {
        var profiles = await mediator.Send(new GetAthleteProfiles([athleteId]), cancellationToken);
        var zone = profiles.FirstOrDefault()?.TimeZone;
        return zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : "UTC";
    }

    private async Task CompensateAsync(Guid athleteId, IEnumerable<Guid> activityIds)
    {
        foreach (var id in activityIds.ToList())
        {
            try
            {
                await mediator.Send(new DeleteTrackActivity(id, athleteId), CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Could not delete activity {ActivityId} after its import failed", id);
            }
        }
    }

    private async Task<ImportBlob> OriginalAsync(FileStream spooled, Guid athleteId, string fileName, ReadFile file, CancellationToken cancellationToken) => new()
    {
        Id = Guid.CreateVersion7(),
        AthleteId = athleteId,
        FileName = Truncate(fileName, DeviceImport.FileNameMaxLength),
        ContentType = file.Gzipped ? "application/gzip" : ContentTypes.Of(file.Format),
        StoredAsUploaded = file.Gzipped,
        Size = spooled.Length,
        Content = file.Gzipped ? await TempFiles.ReadAllAsync(spooled, cancellationToken) : await TempFiles.GzipAsync(spooled, cancellationToken),
    };

    private async Task<Guid?> ExistingAsync(Guid athleteId, List<(string Key, int Activity)> keys)
    {
        var values = keys.Select(k => k.Key).ToList();
        return await db.ImportDedupeKeys.AsNoTracking()
            .Where(k => k.AthleteId == athleteId && values.Contains(k.Key))
            .Select(k => (Guid?)k.ActivityId)
            .FirstOrDefaultAsync(CancellationToken.None);
    }

    /// <summary>The content hash (for the file's first activity) and device + start of each activity whose device is named.</summary>
    internal static List<(string Key, int Activity)> DedupeKeys(ReadFile file)
    {
        var keys = new List<(string Key, int Activity)> { ("sha256:" + file.Sha256, 0) };
        for (var i = 0; i < file.Activities.Count; i++)
        {
            var activity = file.Activities[i];
            if (!string.IsNullOrWhiteSpace(activity.DeviceName))
            {
                var key = $"device:{activity.StartTime.UtcDateTime:yyyyMMdd'T'HHmmss}:{activity.DeviceName.Trim().ToLowerInvariant()}";
                if (keys.All(k => k.Key != Truncate(key, ImportDedupeKey.KeyMaxLength)))
                {
                    keys.Add((Truncate(key, ImportDedupeKey.KeyMaxLength), i));
                }
            }
        }

        return keys;
    }

    private static ImportRejectedException Duplicate(Guid activityId) =>
        new(StatusCodes.Status409Conflict, "import.duplicate",
            $"This activity was imported before (the same file, or the same device and start time): activity {activityId}.", activityId);

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) && v >= 0 ? v : null;

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

internal static class ContentTypes
{
    public static string Of(string format) => format switch
    {
        "fit" => "application/vnd.ant.fit",
        "gpx" => "application/gpx+xml",
        "tcx" => "application/vnd.garmin.tcx+xml",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    };
}
