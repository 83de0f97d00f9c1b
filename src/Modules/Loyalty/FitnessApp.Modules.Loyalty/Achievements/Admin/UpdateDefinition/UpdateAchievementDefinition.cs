using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.UpdateDefinition;

/// <summary>
/// Replaces a definition's texts, points, flags, badge and enabled state. The code, checker and parameters stay: athletes'
/// progress and the ledger keys are measured against them.
/// </summary>
internal sealed record UpdateAchievementDefinition(
    Guid Id,
    bool Hidden,
    bool Progressive,
    bool Repeatable,
    int Points,
    string? NameEn,
    string? NameRu,
    string? DescriptionEn,
    string? DescriptionRu,
    string? BadgeSvg,
    bool Enabled) : ICommand<AchievementDefinitionResponse>;
