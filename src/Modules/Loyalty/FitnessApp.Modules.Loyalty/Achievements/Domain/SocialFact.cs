namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>A social fact counted once per (athlete, kind, other): a kudos given on an activity, a follower seen.</summary>
internal sealed class SocialFact
{
    public Guid AthleteId { get; init; }

    public SocialFactKind Kind { get; init; }

    /// <summary>The activity given kudos, or the follower.</summary>
    public Guid OtherId { get; init; }

    public DateTime OccurredAt { get; init; }
}

internal enum SocialFactKind
{
    KudosGiven,
    Follower,
}
