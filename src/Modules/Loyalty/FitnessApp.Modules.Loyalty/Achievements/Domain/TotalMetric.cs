namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>What a <see cref="AchievementChecker.SportTotal"/> adds up.</summary>
internal enum TotalMetric
{
    /// <summary>Metres.</summary>
    Distance,

    /// <summary>Seconds.</summary>
    MovingTime,

    Count,
}
