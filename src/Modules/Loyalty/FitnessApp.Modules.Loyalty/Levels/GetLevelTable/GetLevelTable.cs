using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Levels.GetLevelTable;

/// <summary>Operators: the level table, both languages.</summary>
internal sealed record GetLevelTable : IQuery<IReadOnlyList<LevelDefinitionResponse>>;

internal sealed record LevelDefinitionResponse(int Number, int MinimumPoints, string NameEn, string NameRu);
