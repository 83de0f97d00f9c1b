namespace FitnessApp.Modules.Social.Domain;

/// <summary>
/// Told, inside the unit of work that changes the follow graph, when a follow starts counting (created for a public
/// profile, or a request accepted) or stops (unfollow, follower removed, block in either direction). The feed uses it
/// to back-fill and to clean up. Every registered observer is called; none may save.
/// </summary>
internal interface IFollowObserver
{
    Task FollowStartedAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken);

    Task FollowEndedAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken);
}
