using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>On the wire as <c>distance</c> / <c>time</c> (moving time).</summary>
internal enum LeaderboardMetric
{
    Distance,
    Time,
}

internal sealed record LeaderboardMember(Guid UserId, DateTime JoinedAt);

internal sealed record LeaderboardPlace(int Rank, Guid UserId, double DistanceMeters, long MovingSeconds, int Count);

/// <summary>
/// The weekly leaderboard: weeks start on Monday 00:00 UTC (the same week for every member wherever they live); every
/// member is ranked, highest total first, a tie going to the earlier member (then the smaller id, so it is stable).
/// </summary>
internal static class Leaderboard
{
    /// <summary>The Monday of the week <paramref name="day"/> is in.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>[Monday 00:00 UTC, next Monday 00:00 UTC) of the week starting on <paramref name="monday"/>.</summary>
    public static (DateTime From, DateTime To) Range(DateOnly monday)
    {
        var from = monday.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return (from, from.AddDays(7));
    }

    public static IReadOnlyList<LeaderboardPlace> Rank(
        IEnumerable<LeaderboardMember> members, IEnumerable<TrainingTotals> totals, LeaderboardMetric metric)
    {
        var byAthlete = totals.ToDictionary(t => t.AthleteId);
        return members
            .Select(m => (Member: m, Totals: byAthlete.GetValueOrDefault(m.UserId) ?? new TrainingTotals(m.UserId, 0, 0, 0)))
            .OrderByDescending(x => metric == LeaderboardMetric.Distance ? x.Totals.DistanceMeters : x.Totals.MovingSeconds)
            .ThenBy(x => x.Member.JoinedAt)
            .ThenBy(x => x.Member.UserId)
            .Select((x, i) => new LeaderboardPlace(i + 1, x.Member.UserId, x.Totals.DistanceMeters, x.Totals.MovingSeconds, x.Totals.Count))
            .ToList();
    }
}
