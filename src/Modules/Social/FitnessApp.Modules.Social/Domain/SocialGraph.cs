using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Domain;

/// <summary>The one place that decides how a viewer stands toward an athlete, and so what of theirs the viewer may see.</summary>
internal sealed class SocialGraph(SocialDbContext db)
{
    public async Task<Audience> AudienceAsync(Guid? viewerId, Guid ownerId, CancellationToken cancellationToken)
    {
        var audiences = await AudiencesAsync(viewerId, [ownerId], cancellationToken);
        return audiences[ownerId];
    }

    public async Task<IReadOnlyDictionary<Guid, Audience>> AudiencesAsync(
        Guid? viewerId, IReadOnlyCollection<Guid> ownerIds, CancellationToken cancellationToken)
    {
        var owners = ownerIds.Distinct().ToList();
        if (viewerId is not { } viewer)
        {
            return owners.ToDictionary(id => id, _ => Audience.Stranger);
        }

        var others = owners.Where(id => id != viewer).ToList();
        var blocked = others.Count == 0
            ? []
            : await db.Blocks.AsNoTracking()
                .Where(b => (b.BlockerId == viewer && others.Contains(b.BlockedId)) || (b.BlockedId == viewer && others.Contains(b.BlockerId)))
                .Select(b => b.BlockerId == viewer ? b.BlockedId : b.BlockerId)
                .ToListAsync(cancellationToken);
        var followed = others.Count == 0
            ? []
            : await db.Follows.AsNoTracking()
                .Where(f => f.FollowerId == viewer && others.Contains(f.FolloweeId) && f.State == FollowState.Accepted)
                .Select(f => f.FolloweeId)
                .ToListAsync(cancellationToken);
        var blockedSet = blocked.ToHashSet();
        var followedSet = followed.ToHashSet();
        return owners.ToDictionary(id => id, id => id == viewer ? Audience.Owner
            : blockedSet.Contains(id) ? Audience.Blocked
            : followedSet.Contains(id) ? Audience.Follower
            : Audience.Stranger);
    }

    /// <summary>Whether an activity (or anything else with Training's visibility) of the owner may be shown to this audience.</summary>
    public static bool MaySee(Audience audience, Visibility visibility) => audience switch
    {
        Audience.Owner => true,
        Audience.Follower => visibility is Visibility.Public or Visibility.Followers,
        Audience.Stranger => visibility == Visibility.Public,
        _ => false,
    };

    public Task<bool> IsBlockedEitherWayAsync(Guid a, Guid b, CancellationToken cancellationToken) =>
        db.Blocks.AnyAsync(x => (x.BlockerId == a && x.BlockedId == b) || (x.BlockerId == b && x.BlockedId == a), cancellationToken);

    /// <summary>The accepted followers of <paramref name="ownerId"/>, as a query (for fan-out and counts).</summary>
    public IQueryable<Guid> FollowersOf(Guid ownerId) =>
        db.Follows.Where(f => f.FolloweeId == ownerId && f.State == FollowState.Accepted).Select(f => f.FollowerId);

    /// <summary>The athletes <paramref name="viewerId"/> follows (accepted), as a query.</summary>
    public IQueryable<Guid> FollowedBy(Guid viewerId) =>
        db.Follows.Where(f => f.FollowerId == viewerId && f.State == FollowState.Accepted).Select(f => f.FolloweeId);
}
