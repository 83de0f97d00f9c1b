using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.CreateDefinition;

/// <summary>A new achievement; without <see cref="BadgeSvg"/> a default badge is drawn.</summary>
internal sealed record CreateAchievementDefinition(
    string? Code,
    string? Checker,
    CheckerParameters? Parameters,
    bool Hidden,
    bool Progressive,
    bool Repeatable,
    int Points,
    string? NameEn,
    string? NameRu,
    string? DescriptionEn,
    string? DescriptionRu,
    string? BadgeSvg,
    bool Enabled = true) : ICommand<AchievementDefinitionResponse>;
