namespace FitnessApp.Modules.Devices.Imports.Domain;

/// <summary>An activity that an import recorded in Training (Training owns it; this is what the import knows of it).</summary>
internal sealed class ImportedActivity
{
    public Guid ActivityId { get; init; }

    public Guid AthleteId { get; init; }

    public Guid ImportId { get; init; }

    public Guid ImportFileId { get; init; }

    public required string Sport { get; init; }

    public DateTime StartTime { get; init; }

    public double DistanceMeters { get; init; }

    public int ElapsedSeconds { get; init; }

    public string? DeviceName { get; init; }
}
