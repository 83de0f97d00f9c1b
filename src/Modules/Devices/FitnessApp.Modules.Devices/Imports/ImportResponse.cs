using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Imports.Domain;
using FitnessApp.Modules.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Imports;

/// <summary>An import as its owner sees it: its status, what it recorded and, per file, what became of it.</summary>
internal sealed record ImportResponse(
    Guid Id,
    string Kind,
    string Status,
    string FileName,
    string? Format,
    DateTime CreatedAt,
    DateTime? CompletedAt,
    int FileCount,
    int ImportedCount,
    int DuplicateCount,
    int FailedCount,
    string? ErrorCode,
    string? ErrorMessage,
    IReadOnlyList<ImportedActivityResponse> Activities,
    IReadOnlyList<ImportFileResponse> Files);

internal sealed record ImportedActivityResponse(Guid ActivityId, string Sport, DateTime StartTime, double DistanceMeters, int ElapsedSeconds, string? DeviceName);

/// <param name="Status">imported, duplicate or failed.</param>
/// <param name="ExistingActivityId">For a duplicate, the activity imported before.</param>
internal sealed record ImportFileResponse(
    string FileName,
    string? Format,
    string Status,
    string? ErrorCode,
    string? ErrorMessage,
    Guid? ExistingActivityId,
    IReadOnlyList<Guid> ActivityIds);

internal static class ImportResponses
{
    /// <summary>The athlete's own import; 404 for anyone else's.</summary>
    public static async Task<ImportResponse> LoadAsync(DevicesDbContext db, Guid importId, Guid athleteId, CancellationToken cancellationToken)
    {
        var import = await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId && i.AthleteId == athleteId, cancellationToken)
            ?? throw new NotFoundException("Import", importId);
        var files = await db.ImportFiles.AsNoTracking().Where(f => f.ImportId == importId).OrderBy(f => f.Position).ToListAsync(cancellationToken);
        var activities = await db.ImportedActivities.AsNoTracking().Where(a => a.ImportId == importId).OrderBy(a => a.StartTime).ToListAsync(cancellationToken);
        return From(import, files, activities);
    }

    public static ImportResponse From(DeviceImport import, IReadOnlyList<ImportFile> files, IReadOnlyList<ImportedActivity> activities) => new(
        import.Id,
        import.Kind,
        import.Status,
        import.FileName,
        import.Format,
        import.CreatedAt,
        import.CompletedAt,
        import.FileCount,
        import.ImportedCount,
        import.DuplicateCount,
        import.FailedCount,
        import.ErrorCode,
        import.ErrorMessage,
        activities.Select(a => new ImportedActivityResponse(a.ActivityId, a.Sport, a.StartTime, a.DistanceMeters, a.ElapsedSeconds, a.DeviceName)).ToList(),
        files.Select(f => new ImportFileResponse(
            f.FileName, f.Format, f.Status, f.ErrorCode, f.ErrorMessage, f.ExistingActivityId,
            activities.Where(a => a.ImportFileId == f.Id).Select(a => a.ActivityId).ToList())).ToList());
}
