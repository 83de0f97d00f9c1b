using FitnessApp.Modules.Loyalty.Levels.GetLevelTable;
using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Levels.ReplaceLevels;

/// <summary>
/// Operators: replaces the whole level table (level n is the n-th item). Level 1 starts at 0 points, thresholds strictly
/// ascending. Athletes keep the levels they reached (ADR 0017): raising a threshold never lowers anyone.
/// </summary>
internal sealed record ReplaceLevels(IReadOnlyList<LevelInput>? Levels) : ICommand<IReadOnlyList<LevelDefinitionResponse>>
{
    public const int MaxLevels = 50;
}

internal sealed record LevelInput(int? MinimumPoints, string? NameEn, string? NameRu);
