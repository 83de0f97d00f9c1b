namespace FitnessApp.Modules.Loyalty.Challenges;

internal static class ChallengeRoutes
{
    public const string Challenges = "/challenges";
    public const string Challenge = "/challenges/{id:guid}";
    public const string Admin = "/admin/challenges";
    public const string AdminChallenge = "/admin/challenges/{id:guid}";

    public static string Of(Guid id) => $"/api/v1/loyalty/challenges/{id}";

    /// <summary>The challenge's badge (SVG), served to anyone; <paramref name="place"/> 1-3 for a podium badge.</summary>
    public static string Badge(Guid id, int? place = null) =>
        place is { } p ? $"/api/v1/loyalty/challenges/{id}/badge.svg?place={p}" : $"/api/v1/loyalty/challenges/{id}/badge.svg";
}
