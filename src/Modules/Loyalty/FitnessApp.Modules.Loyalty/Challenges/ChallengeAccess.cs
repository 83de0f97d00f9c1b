using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Contracts.Groups;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges;

/// <summary>Who sees a challenge: everyone a public one, the group's active members a group one; anyone else gets 404.</summary>
internal sealed class ChallengeAccess(LoyaltyDbContext db, IMediator mediator)
{
    public async Task<Challenge> FindVisibleAsync(Guid challengeId, Guid viewerId, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.Challenges : db.Challenges.AsNoTracking();
        var challenge = await query.SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || (challenge.GroupId is { } groupId && await RoleAsync(groupId, viewerId, cancellationToken) is null))
        {
            throw NotFound(challengeId);
        }

        return challenge;
    }

    public Task<GroupMembershipRole?> RoleAsync(Guid groupId, Guid userId, CancellationToken cancellationToken) =>
        mediator.Send(new GetGroupMembership(groupId, userId), cancellationToken);

    /// <summary>The groups with challenges that the viewer is an active member of (one question per such group).</summary>
    public async Task<List<Guid>> MyChallengeGroupsAsync(Guid viewerId, CancellationToken cancellationToken)
    {
        var groups = await db.Challenges.AsNoTracking().Where(c => c.GroupId != null).Select(c => c.GroupId!.Value).Distinct().ToListAsync(cancellationToken);
        var mine = new List<Guid>();
        foreach (var group in groups)
        {
            if (await RoleAsync(group, viewerId, cancellationToken) is not null)
            {
                mine.Add(group);
            }
        }

        return mine;
    }

    public static NotFoundException NotFound(Guid challengeId) => new("Challenge", challengeId);
}
