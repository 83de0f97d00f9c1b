namespace FitnessApp.Modules.Devices.Imports.Domain;

/// <summary>The result of one file of an import (the single file, or one entry of a zip).</summary>
internal sealed class ImportFile
{
    public Guid Id { get; init; }

    public Guid ImportId { get; init; }

    public Guid AthleteId { get; init; }

    /// <summary>Order in the upload (0 for a single file).</summary>
    public int Position { get; init; }

    public required string FileName { get; init; }

    public string? Format { get; init; }

    /// <summary><see cref="ImportFileStatuses"/>.</summary>
    public required string Status { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>SHA-256 (hex) of the decompressed content.</summary>
    public string? Sha256 { get; init; }

    /// <summary>For a duplicate: the activity imported before.</summary>
    public Guid? ExistingActivityId { get; init; }

    /// <summary>The original bytes (<see cref="ImportBlob"/>), for an imported file.</summary>
    public Guid? OriginalBlobId { get; init; }
}

internal static class ImportFileStatuses
{
    public const string Imported = "imported";
    public const string Duplicate = "duplicate";
    public const string Failed = "failed";
}
