namespace FitnessApp.Modules.Loyalty.Challenges.Domain;

/// <summary>What a challenge counts; on the wire as camelCase strings. Goal values are in meters, seconds, activities or steps.</summary>
internal enum ChallengeGoal
{
    /// <summary>Meters.</summary>
    Distance,

    /// <summary>Seconds of moving time.</summary>
    MovingTime,

    /// <summary>Meters of elevation gain.</summary>
    Elevation,

    ActivityCount,

    /// <summary>Steps from devices, day by day (sports do not apply).</summary>
    Steps,
}
