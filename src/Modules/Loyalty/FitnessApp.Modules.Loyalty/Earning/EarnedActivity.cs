namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>What one activity earned (after caps, before bonuses): the base for caps, recomputation and take-backs.</summary>
internal sealed class EarnedActivity
{
    public Guid ActivityId { get; init; }

    public Guid UserId { get; init; }

    /// <summary>The athlete's local date of the start.</summary>
    public DateOnly LocalDate { get; set; }

    /// <summary>The ISO week of <see cref="LocalDate"/>, e.g. <c>2026-W47</c>.</summary>
    public required string IsoWeek { get; set; }

    /// <summary>Whether the activity counts for the week and streak bonuses (device-recorded, or typed in while typing earns).</summary>
    public bool Counts { get; set; }

    public int Points { get; set; }

    public DateTime RecordedAt { get; init; }
}
