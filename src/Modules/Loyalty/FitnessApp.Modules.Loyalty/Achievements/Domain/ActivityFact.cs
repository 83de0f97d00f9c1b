using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>What achievements need of one activity, kept so an update or a deletion can recompute progress.</summary>
internal sealed class ActivityFact
{
    public Guid ActivityId { get; init; }

    public Guid AthleteId { get; init; }

    public Sport Sport { get; set; }

    /// <summary>The athlete's local date at the start.</summary>
    public DateOnly LocalDate { get; set; }

    /// <summary>The athlete's wall-clock start, in minutes after local midnight (a time zone shift cannot move it).</summary>
    public int LocalStartMinute { get; set; }

    public double DistanceMeters { get; set; }

    public int MovingSeconds { get; set; }

    /// <summary>How many of the activity's best efforts were the athlete's best for their distance when it was recorded.</summary>
    public int PersonalRecords { get; set; }
}
