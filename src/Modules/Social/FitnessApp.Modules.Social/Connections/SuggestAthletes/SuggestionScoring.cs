namespace FitnessApp.Modules.Social.Connections.SuggestAthletes;

/// <summary>Someone the viewer might follow, with what they have in common.</summary>
internal sealed record SuggestionCandidate(Guid Id, string DisplayName, string? AvatarUrl, string? City, IReadOnlyCollection<string> Sports, int MutualFollows);

internal sealed record Suggestion(
    Guid Id, string DisplayName, string? AvatarUrl, string? City, int Score, IReadOnlyList<string> SharedSports, bool SameCity, int MutualFollows);

/// <summary>
/// Each shared preferred sport is worth <see cref="PerSharedSport"/>, the same city <see cref="SameCity"/>, each athlete
/// the viewer follows who follows the candidate <see cref="PerMutualFollow"/> (at most <see cref="MaxMutualFollows"/>
/// of them count). Nothing in common, no suggestion. Ties: more mutual follows, then name, then id, so the order never wobbles.
/// </summary>
internal static class SuggestionScoring
{
    public const int PerSharedSport = 3;
    public const int SameCity = 2;
    public const int PerMutualFollow = 1;
    public const int MaxMutualFollows = 5;

    public static Suggestion Score(string? viewerCity, IReadOnlyCollection<string> viewerSports, SuggestionCandidate candidate)
    {
        var shared = candidate.Sports.Where(viewerSports.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
        var sameCity = !string.IsNullOrWhiteSpace(viewerCity) && !string.IsNullOrWhiteSpace(candidate.City)
            && string.Equals(viewerCity.Trim(), candidate.City.Trim(), StringComparison.OrdinalIgnoreCase);
        var score = (shared.Count * PerSharedSport) + (sameCity ? SameCity : 0) + (Math.Min(candidate.MutualFollows, MaxMutualFollows) * PerMutualFollow);
        return new Suggestion(candidate.Id, candidate.DisplayName, candidate.AvatarUrl, candidate.City, score, shared, sameCity, candidate.MutualFollows);
    }

    public static IReadOnlyList<Suggestion> Rank(string? viewerCity, IReadOnlyCollection<string> viewerSports, IEnumerable<SuggestionCandidate> candidates, int limit) =>
        candidates
            .DistinctBy(c => c.Id)
            .Select(c => Score(viewerCity, viewerSports, c))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.MutualFollows)
            .ThenBy(s => s.DisplayName, StringComparer.Ordinal)
            .ThenBy(s => s.Id)
            .Take(limit)
            .ToList();
}
