using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Pages;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin;

/// <summary>An achievement definition as operators see it.</summary>
internal sealed record AchievementDefinitionResponse(
    Guid Id,
    string Code,
    string Checker,
    CheckerParameters Parameters,
    bool Hidden,
    bool Progressive,
    bool Repeatable,
    int Points,
    string NameEn,
    string NameRu,
    string DescriptionEn,
    string DescriptionRu,
    string BadgeSvg,
    string BadgeUrl,
    bool Enabled,
    int SortOrder,
    DateTime UpdatedAt)
{
    public static AchievementDefinitionResponse From(AchievementDefinition d) => new(
        d.Id, d.Code, WireNames.Of(d.Checker), d.Parameters, d.Hidden, d.Progressive, d.Repeatable, d.Points, d.NameEn, d.NameRu,
        d.DescriptionEn, d.DescriptionRu, d.BadgeSvg, LoyaltyPaths.Badge(d.Code), d.Enabled, d.SortOrder, d.UpdatedAt);
}
