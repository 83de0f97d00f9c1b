using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Pages;

namespace FitnessApp.Modules.Social.Connections;

/// <summary>
/// Every change of the follow graph goes through here, inside the command's unit of work: the observers hear of it,
/// accepted follows are published (<see cref="AthleteFollowed"/>) and the people concerned are notified.
/// </summary>
internal sealed class FollowChanges(SocialDbContext db, IEnumerable<IFollowObserver> observers, Notifier notifier, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A new follow: accepted at once for a public profile, a request for a followers-only one.</summary>
    public async Task<Follow> CreateAsync(Guid followerId, Guid followeeId, bool needsApproval, CancellationToken cancellationToken)
    {
        var now = Now;
        var follow = new Follow
        {
            FollowerId = followerId,
            FolloweeId = followeeId,
            State = needsApproval ? FollowState.Pending : FollowState.Accepted,
            CreatedAt = now,
            AcceptedAt = needsApproval ? null : now,
        };
        db.Follows.Add(follow);
        if (needsApproval)
        {
            notifier.Notify(followeeId, NotificationKind.FollowRequest, followerId, null, SocialPaths.Requests);
        }
        else
        {
            await StartedAsync(follow, cancellationToken);
            notifier.Notify(followeeId, NotificationKind.NewFollower, followerId, null, SocialPaths.Athlete(followerId));
        }

        return follow;
    }

    public async Task AcceptAsync(Follow request, CancellationToken cancellationToken)
    {
        request.State = FollowState.Accepted;
        request.AcceptedAt = Now;
        await StartedAsync(request, cancellationToken);
        notifier.Notify(request.FollowerId, NotificationKind.FollowRequestAccepted, request.FolloweeId, null, SocialPaths.Athlete(request.FolloweeId));
    }

    /// <summary>Removes a follow or a request; the observers hear only of a follow that counted.</summary>
    public async Task RemoveAsync(Follow follow, CancellationToken cancellationToken)
    {
        db.Follows.Remove(follow);
        if (follow.State == FollowState.Accepted)
        {
            foreach (var observer in observers)
            {
                await observer.FollowEndedAsync(follow.FollowerId, follow.FolloweeId, cancellationToken);
            }
        }
    }

    private async Task StartedAsync(Follow follow, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.FollowStartedAsync(follow.FollowerId, follow.FolloweeId, cancellationToken);
        }

        db.AddIntegrationEvent(new AthleteFollowed(follow.FollowerId, follow.FolloweeId) { OccurredAt = Now }, Now);
    }
}
