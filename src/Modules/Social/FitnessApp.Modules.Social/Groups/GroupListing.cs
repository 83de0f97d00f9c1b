using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups;

/// <summary>Responses for a list of groups: the viewer's memberships and the member counts in two queries.</summary>
internal static class GroupListing
{
    public static async Task<List<GroupResponse>> ResponsesAsync(
        this SocialDbContext db, IReadOnlyList<Group> groups, Guid viewerId, CancellationToken cancellationToken)
    {
        var ids = groups.Select(g => g.Id).ToList();
        var mine = await db.GroupMembers.AsNoTracking()
            .Where(m => m.UserId == viewerId && ids.Contains(m.GroupId))
            .ToDictionaryAsync(m => m.GroupId, cancellationToken);
        var counts = await db.GroupMembers.AsNoTracking()
            .Where(m => ids.Contains(m.GroupId) && m.State == MembershipState.Active)
            .GroupBy(m => m.GroupId)
            .Select(g => new { GroupId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.GroupId, c => c.Count, cancellationToken);
        return groups.Select(g => GroupResponse.From(g, mine.GetValueOrDefault(g.Id), counts.GetValueOrDefault(g.Id))).ToList();
    }

    public static Task<int> MemberCountAsync(this SocialDbContext db, Guid groupId, CancellationToken cancellationToken) =>
        db.GroupMembers.CountAsync(m => m.GroupId == groupId && m.State == MembershipState.Active, cancellationToken);
}
