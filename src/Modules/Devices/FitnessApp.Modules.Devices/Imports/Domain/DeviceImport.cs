namespace FitnessApp.Modules.Devices.Imports.Domain;

/// <summary>One upload of an athlete: a single activity file (processed in the request) or a zip (processed by a job).</summary>
internal sealed class DeviceImport
{
    public const int FileNameMaxLength = 260;
    public const int ErrorMessageMaxLength = 1000;

    public Guid Id { get; init; }

    public Guid AthleteId { get; init; }

    /// <summary><see cref="ImportKinds"/>.</summary>
    public required string Kind { get; init; }

    public required string FileName { get; init; }

    /// <summary>fit, gpx, tcx or zip; with <c>+gzip</c> when the upload was gzip-compressed.</summary>
    public string? Format { get; set; }

    /// <summary><see cref="ImportStatuses"/>.</summary>
    public required string Status { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public int FileCount { get; set; }

    public int ImportedCount { get; set; }

    public int DuplicateCount { get; set; }

    public int FailedCount { get; set; }

    /// <summary>The zip waiting for the job (<see cref="ImportBlob"/>); cleared when the job is done with it.</summary>
    public Guid? PayloadBlobId { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? CompletedAt { get; set; }
}

internal static class ImportKinds
{
    public const string File = "file";
    public const string Zip = "zip";
}

internal static class ImportStatuses
{
    public const string Queued = "queued";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
