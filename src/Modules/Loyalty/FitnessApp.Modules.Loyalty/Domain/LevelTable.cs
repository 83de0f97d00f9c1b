namespace FitnessApp.Modules.Loyalty.Domain;

/// <summary>The level thresholds, ascending by points.</summary>
internal sealed class LevelTable(IReadOnlyList<LevelDefinition> levels)
{
    public IReadOnlyList<LevelDefinition> Levels { get; } = [.. levels.OrderBy(l => l.MinimumPoints).ThenBy(l => l.Number)];

    /// <summary>The highest level whose threshold <paramref name="lifetimePoints"/> reaches (1 when none does).</summary>
    public LevelDefinition? LevelFor(int lifetimePoints) => Levels.LastOrDefault(l => l.MinimumPoints <= lifetimePoints);

    /// <summary>The next level above <paramref name="level"/>, or null at the top.</summary>
    public LevelDefinition? After(int level) => Levels.FirstOrDefault(l => l.Number > level);

    public LevelDefinition? Get(int level) => Levels.FirstOrDefault(l => l.Number == level);
}
