namespace FitnessApp.Modules.Loyalty.Pages;

/// <summary>The Loyalty portal's addresses.</summary>
internal static class LoyaltyPaths
{
    /// <summary>Balance, level with progress and the points history.</summary>
    public const string Points = "/loyalty";
    public const string Achievements = "/loyalty/achievements";
    public const string Challenges = "/loyalty/challenges";

    public const string Rules = "/admin/loyalty/rules";
    public const string Levels = "/admin/loyalty/levels";
    public const string AchievementCatalog = "/admin/loyalty/achievements";
    public const string ChallengesAdmin = "/admin/loyalty/challenges";
    public const string Campaigns = "/admin/loyalty/campaigns";
    public const string PromoCodes = "/admin/loyalty/promo-codes";

    public static string Challenge(Guid id) => $"/loyalty/challenges/{id}";

    /// <summary>An achievement's badge image (SVG), served to anyone.</summary>
    public static string Badge(string code) => $"/api/v1/loyalty/badges/{Uri.EscapeDataString(code)}.svg";
}
