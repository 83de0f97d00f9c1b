namespace FitnessApp.Modules.Loyalty.Challenges.Domain;

/// <summary>The leaderboard order: more progress first; of equal progress, who got there first; then who joined first.</summary>
internal static class Ranking
{
    public static IOrderedQueryable<ChallengeParticipant> Ordered(IQueryable<ChallengeParticipant> participants) =>
        participants.OrderByDescending(p => p.Progress).ThenBy(p => p.ProgressAt).ThenBy(p => p.JoinedAt).ThenBy(p => p.Id);

    public static IReadOnlyList<ChallengeParticipant> Order(IEnumerable<ChallengeParticipant> participants) =>
        participants.OrderByDescending(p => p.Progress).ThenBy(p => p.ProgressAt).ThenBy(p => p.JoinedAt).ThenBy(p => p.Id).ToList();

    /// <summary>Participants ranking ahead of <paramref name="me"/>; my rank is this plus one.</summary>
    /// <remarks>
    /// The leading <c>Progress &gt;= me.Progress</c> is implied by the rest; it is there so that the database counts one range of
    /// the leaderboard index (ChallengeId, Progress DESC, ProgressAt, JoinedAt, Id) instead of scanning the challenge (docs/performance.md).
    /// </remarks>
    public static IQueryable<ChallengeParticipant> Ahead(IQueryable<ChallengeParticipant> participants, ChallengeParticipant me) =>
        participants.Where(p => p.Progress >= me.Progress && (p.Progress > me.Progress
            || (p.Progress == me.Progress && (p.ProgressAt < me.ProgressAt
                || (p.ProgressAt == me.ProgressAt && (p.JoinedAt < me.JoinedAt
                    || (p.JoinedAt == me.JoinedAt && p.Id.CompareTo(me.Id) < 0)))))));
}
