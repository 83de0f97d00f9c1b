using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;

namespace FitnessApp.Modules.Loyalty.Pages;

internal static class LoyaltyNavigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new(LoyaltyPaths.Points, "Nav_Points", typeof(LoyaltyText), "stars"),
        new(LoyaltyPaths.Achievements, "Nav_Achievements", typeof(LoyaltyText), "military_tech"),
        new(LoyaltyPaths.Challenges, "Nav_Challenges", typeof(LoyaltyText), "emoji_events"),
    ];

    public static readonly IReadOnlyList<NavigationEntry> Operators =
    [
        new(LoyaltyPaths.Rules, "Nav_Rules", typeof(LoyaltyText), "tune", PlatformPolicies.Operator),
        new(LoyaltyPaths.Levels, "Nav_Levels", typeof(LoyaltyText), "stairs", PlatformPolicies.Operator),
        new(LoyaltyPaths.AchievementCatalog, "Nav_AchievementCatalog", typeof(LoyaltyText), "workspace_premium", PlatformPolicies.Operator),
        new(LoyaltyPaths.ChallengesAdmin, "Nav_ChallengesAdmin", typeof(LoyaltyText), "flag_circle", PlatformPolicies.Operator),
        new(LoyaltyPaths.Campaigns, "Nav_Campaigns", typeof(LoyaltyText), "campaign", PlatformPolicies.Operator),
        new(LoyaltyPaths.PromoCodes, "Nav_PromoCodes", typeof(LoyaltyText), "confirmation_number", PlatformPolicies.Operator),
    ];
}
