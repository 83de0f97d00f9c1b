namespace FitnessApp.Modules.Loyalty.Challenges.Domain;

/// <summary>An athlete in a challenge: their progress (the sum of their contributions) and when it last changed.</summary>
internal sealed class ChallengeParticipant
{
    /// <summary>(ChallengeId, Progress DESC, ProgressAt, JoinedAt, Id); the name EF would derive is longer than PostgreSQL's 63 characters.</summary>
    public const string LeaderboardIndex = "IX_ChallengeParticipants_Leaderboard";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ChallengeId { get; init; }

    public Guid UserId { get; init; }

    public DateTime JoinedAt { get; init; }

    public double Progress { get; set; }

    /// <summary>When <see cref="Progress"/> last changed: of two equal progresses, the earlier ranks higher.</summary>
    public DateTime ProgressAt { get; set; }

    /// <summary>Fixed by the finalization.</summary>
    public int? FinalRank { get; set; }

    public bool Finished { get; set; }
}
