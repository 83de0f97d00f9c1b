namespace FitnessApp.Modules.Social.Domain;

/// <summary>
/// <see cref="FollowerId"/> follows <see cref="FolloweeId"/>: at once for a public profile, after approval
/// (<see cref="FollowState.Pending"/> until then) for a followers-only one.
/// </summary>
internal sealed class Follow
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid FollowerId { get; init; }

    public Guid FolloweeId { get; init; }

    public FollowState State { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <summary>When the follow took effect (immediately, or when the request was accepted); null while pending.</summary>
    public DateTime? AcceptedAt { get; set; }
}
