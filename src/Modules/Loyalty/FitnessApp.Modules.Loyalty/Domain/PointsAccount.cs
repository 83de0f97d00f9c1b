namespace FitnessApp.Modules.Loyalty.Domain;

/// <summary>
/// An athlete's standing: lifetime points and level. Every posting bumps <see cref="Version"/> (a concurrency token), so
/// two writers changing one athlete's points at once cannot both win: the loser retries (the outbox redelivers, a
/// request answers 409).
/// </summary>
internal sealed class PointsAccount
{
    public Guid UserId { get; init; }

    /// <summary>The sum of the entries that count toward the level (never below 0).</summary>
    public int LifetimePoints { get; set; }

    /// <summary>The highest level reached; never lowered.</summary>
    public int Level { get; set; } = 1;

    public int Version { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }
}
