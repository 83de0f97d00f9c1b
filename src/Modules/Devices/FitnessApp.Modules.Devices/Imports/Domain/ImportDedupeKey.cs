namespace FitnessApp.Modules.Devices.Imports.Domain;

/// <summary>
/// What makes a later upload a duplicate for the same athlete: <c>sha256:&lt;hex&gt;</c> of a file's decompressed content,
/// or <c>device:&lt;name&gt;@&lt;start&gt;</c> of an activity. Released when Training deletes the activity.
/// </summary>
internal sealed class ImportDedupeKey
{
    public const int KeyMaxLength = 200;

    public Guid AthleteId { get; init; }

    public required string Key { get; init; }

    public Guid ActivityId { get; init; }

    public Guid ImportFileId { get; init; }
}
