using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Web;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges;

/// <summary>A challenge as the API shows it, with the viewer's part (null fields when they have not joined).</summary>
internal sealed record ChallengeResponse(
    Guid Id,
    string Title,
    string? Description,
    string Goal,
    double GoalValue,
    IReadOnlyList<string> Sports,
    DateTime StartsAt,
    DateTime EndsAt,
    string Status,
    int FinisherPoints,
    int FirstPlacePoints,
    int SecondPlacePoints,
    int ThirdPlacePoints,
    Guid? GroupId,
    int Participants,
    bool Joined,
    double? MyProgress,
    int? MyRank,
    bool Finalized,
    string BadgeUrl)
{
    public static ChallengeResponse From(Challenge c, DateTime now, int participants, ChallengeParticipant? me, int? myRank) => new(
        c.Id, c.Title, c.Description, WireNames.Of(c.Goal), c.GoalValue, c.Sports.Select(WireNames.Of).ToList(), c.StartsAt, c.EndsAt,
        WireNames.Of(c.StatusAt(now)), c.FinisherPoints, c.FirstPlacePoints, c.SecondPlacePoints, c.ThirdPlacePoints, c.GroupId, participants,
        me is not null, me?.Progress, me is null ? null : me.FinalRank ?? myRank, c.FinalizedAt is not null, ChallengeRoutes.Badge(c.Id));
}

internal static class ChallengeResponses
{
    /// <summary>Responses for a page of challenges: the viewer's rows in one query.</summary>
    public static async Task<List<ChallengeResponse>> ResponsesAsync(this LoyaltyDbContext db, IReadOnlyList<Challenge> challenges, Guid viewerId, DateTime now, CancellationToken cancellationToken)
    {
        var ids = challenges.Select(c => c.Id).ToList();
        var mine = await db.ChallengeParticipants.AsNoTracking().Where(p => ids.Contains(p.ChallengeId) && p.UserId == viewerId)
            .ToDictionaryAsync(p => p.ChallengeId, cancellationToken);
        return challenges.Select(c => ChallengeResponse.From(c, now, c.ParticipantCount, mine.GetValueOrDefault(c.Id), null)).ToList();
    }

    /// <summary>The viewer's live rank: how many rank ahead of them, plus one.</summary>
    public static async Task<int> RankOfAsync(this LoyaltyDbContext db, ChallengeParticipant me, CancellationToken cancellationToken) =>
        await Ranking.Ahead(db.ChallengeParticipants.AsNoTracking().Where(p => p.ChallengeId == me.ChallengeId), me).CountAsync(cancellationToken) + 1;
}
