namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>The earning settings besides the per-sport rules: caps, the manual factor and the bonuses (one row).</summary>
internal sealed class EarningSettings
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    /// <summary>Most activity points (before bonuses) an athlete earns on one local day.</summary>
    public int DailyCap { get; set; }

    /// <summary>Most activity points (before bonuses) an athlete earns in one ISO week (athlete-local).</summary>
    public int WeeklyCap { get; set; }

    /// <summary>What share of a device activity's points a typed-in activity earns (0: nothing, 1: the same).</summary>
    public double ManualFactor { get; set; }

    public int FirstActivityOfWeekBonus { get; set; }

    /// <summary>A streak's milestones are every <see cref="StreakDays"/> consecutive local days with an activity.</summary>
    public int StreakDays { get; set; }

    public int StreakBonus { get; set; }

    public int ReferralBonus { get; set; }

    public DateTime UpdatedAt { get; set; }
}
