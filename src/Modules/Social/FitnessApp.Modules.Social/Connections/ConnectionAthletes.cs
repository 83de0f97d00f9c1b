using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Connections;

/// <summary>Athletes as the connections pages show them: Accounts' profiles joined with the viewer's follows and blocks.</summary>
internal sealed class ConnectionAthletes(AthleteDirectory directory, SocialDbContext db, SocialGraph graph)
{
    /// <summary>
    /// The athlete and how the viewer stands toward them; 404 for an unknown athlete and for a block either way (the
    /// blocked must not learn of the block).
    /// </summary>
    public async Task<(AthleteProfile Profile, Audience Audience)> VisibleAsync(Guid viewerId, Guid id, CancellationToken cancellationToken)
    {
        var profile = await directory.ProfileAsync(id, cancellationToken);
        var audience = await graph.AudienceAsync(viewerId, id, cancellationToken);
        return audience == Audience.Blocked ? throw new NotFoundException("Athlete", id) : (profile, audience);
    }

    /// <summary>Whether the viewer may see the athlete's followers, following and activities; 404 otherwise.</summary>
    public async Task<(AthleteProfile Profile, Audience Audience)> OpenAsync(Guid viewerId, Guid id, CancellationToken cancellationToken)
    {
        var (profile, audience) = await VisibleAsync(viewerId, id, cancellationToken);
        return IsLimited(profile, audience) ? throw new NotFoundException("Athlete", id) : (profile, audience);
    }

    public static bool IsLimited(AthleteProfile profile, Audience audience) =>
        profile.ProfileVisibility == AthleteProfileVisibility.FollowersOnly && audience == Audience.Stranger;

    /// <summary>Everyone the viewer blocked or was blocked by.</summary>
    public async Task<HashSet<Guid>> BlockedEitherWayAsync(Guid viewerId, CancellationToken cancellationToken)
    {
        var ids = await db.Blocks.AsNoTracking()
            .Where(b => b.BlockerId == viewerId || b.BlockedId == viewerId)
            .Select(b => b.BlockerId == viewerId ? b.BlockedId : b.BlockerId)
            .ToListAsync(cancellationToken);
        return [.. ids];
    }

    public async Task<IReadOnlyDictionary<Guid, Relation>> RelationsAsync(Guid viewerId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        var follows = await db.Follows.AsNoTracking()
            .Where(f => f.FollowerId == viewerId && list.Contains(f.FolloweeId))
            .Select(f => new { f.FolloweeId, f.State })
            .ToListAsync(cancellationToken);
        var states = follows.ToDictionary(f => f.FolloweeId, f => f.State == FollowState.Accepted ? Relation.Following : Relation.Requested);
        return list.ToDictionary(id => id, id => states.GetValueOrDefault(id, Relation.None));
    }

    /// <summary>The athletes in the given order, leaving out unknown (erased) ones and anyone blocked either way.</summary>
    public async Task<IReadOnlyList<AthleteItem>> ItemsAsync(Guid viewerId, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var profiles = await directory.ProfilesAsync(ids, cancellationToken);
        var blocked = await BlockedEitherWayAsync(viewerId, cancellationToken);
        var relations = await RelationsAsync(viewerId, ids, cancellationToken);
        return ids.Where(id => profiles.ContainsKey(id) && !blocked.Contains(id))
            .Select(id => Item(profiles[id], relations[id]))
            .ToList();
    }

    public static AthleteItem Item(AthleteProfile profile, Relation relation) =>
        new(profile.UserId, profile.DisplayName, profile.AvatarUrl, profile.City, relation);
}
