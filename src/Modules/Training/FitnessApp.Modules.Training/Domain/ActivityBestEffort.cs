using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Domain;

/// <summary>
/// The fastest time an activity's track covered one standard distance in, copied out of the track statistics at
/// record time so that personal records are one indexed query.
/// </summary>
internal sealed class ActivityBestEffort
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ActivityId { get; init; }

    public Guid OwnerId { get; init; }

    public Sport Sport { get; set; }

    /// <summary>The standard distance in metres (400, 1000, 1609.344, 5000, 10000, 21097.5, 42195).</summary>
    public double DistanceMeters { get; init; }

    public double Seconds { get; init; }

    public DateOnly LocalDate { get; init; }
}
