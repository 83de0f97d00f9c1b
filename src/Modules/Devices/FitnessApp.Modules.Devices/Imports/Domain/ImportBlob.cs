namespace FitnessApp.Modules.Devices.Imports.Domain;

/// <summary>
/// Bytes an import keeps: an imported file's original (gzip-compressed, or as uploaded when it already was gzip)
/// or a zip waiting for its job. Kept in its own table so that lists never load them (docs/adr/0011).
/// </summary>
internal sealed class ImportBlob
{
    public Guid Id { get; init; }

    public Guid AthleteId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    /// <summary>True when <see cref="Content"/> is the upload itself (a .gz or a zip); false when it is our gzip of it.</summary>
    public bool StoredAsUploaded { get; init; }

    /// <summary>Length of the original as uploaded.</summary>
    public long Size { get; init; }

    public required byte[] Content { get; init; }
}
