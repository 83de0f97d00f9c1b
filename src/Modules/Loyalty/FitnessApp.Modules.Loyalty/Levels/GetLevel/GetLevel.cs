using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Levels.GetLevel;

/// <summary>The athlete's level, the next one, the progress toward it and every level (names in the request's language).</summary>
internal sealed record GetLevel(Guid UserId) : IQuery<LevelResponse>;

internal sealed record LevelItem(int Number, string Name, int MinimumPoints);

/// <param name="Progress">From 0 (at the current level's threshold) to 1 (at the next one's, or at the top level).</param>
internal sealed record LevelResponse(LevelItem Current, LevelItem? Next, int LifetimePoints, double Progress, IReadOnlyList<LevelItem> Levels);
