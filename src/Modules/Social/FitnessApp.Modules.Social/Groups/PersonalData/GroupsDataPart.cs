using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Social.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.PersonalData;

/// <summary>
/// group-memberships.json, group-posts.json, group-events.json (created by the user) and event-attendance.json. Erasure
/// hands each group the user owns to its longest-standing admin, else its longest-standing member, else deletes the
/// group; then removes the user's memberships, answers and posts, and keeps the events they created without a creator.
/// </summary>
internal sealed class GroupsDataPart(SocialDbContext db) : ISocialDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var memberships = await (
                from m in db.GroupMembers
                join g in db.Groups on m.GroupId equals g.Id
                where m.UserId == userId
                orderby m.CreatedAt
                select new { m.GroupId, GroupName = g.Name, m.Role, m.State, m.CreatedAt, m.JoinedAt })
            .AsNoTracking().ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("group-memberships", memberships, cancellationToken);

        var posts = await db.FeedPosts.AsNoTracking()
            .Where(p => p.AuthorId == userId && p.Kind == FeedPostKind.GroupPost)
            .OrderBy(p => p.OccurredAt)
            .Select(p => new { p.GroupId, p.Title, p.Text, PostedAt = p.OccurredAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("group-posts", posts, cancellationToken);

        var events = await db.GroupEvents.AsNoTracking()
            .Where(e => e.CreatedById == userId)
            .OrderBy(e => e.CreatedAt)
            .Select(e => new { e.GroupId, e.Title, e.Sport, e.StartsAt, e.PlaceName, e.Latitude, e.Longitude, e.Description, e.CreatedAt, e.CancelledAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("group-events", events, cancellationToken);

        var attendance = await (
                from a in db.EventAttendances
                join e in db.GroupEvents on a.EventId equals e.Id
                where a.UserId == userId
                orderby a.RespondedAt
                select new { e.GroupId, EventTitle = e.Title, e.StartsAt, a.Status, a.RespondedAt })
            .AsNoTracking().ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("event-attendance", attendance, cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        var owned = await db.Groups.Where(g => g.OwnerId == userId).Select(g => g.Id).ToListAsync(cancellationToken);
        foreach (var groupId in owned)
        {
            await HandOverOrDeleteAsync(groupId, userId, cancellationToken);
        }

        await db.GroupMembers.Where(m => m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.EventAttendances.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var posts = db.FeedPosts.Where(p => p.AuthorId == userId && p.Kind == FeedPostKind.GroupPost).Select(p => p.Id);
        await db.FeedEntries.Where(e => posts.Contains(e.PostId)).ExecuteDeleteAsync(cancellationToken);
        await db.FeedPosts.Where(p => p.AuthorId == userId && p.Kind == FeedPostKind.GroupPost).ExecuteDeleteAsync(cancellationToken);
        await db.GroupEvents.Where(e => e.CreatedById == userId).ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedById, (Guid?)null), cancellationToken);
        await db.GroupMembers.Where(m => m.InvitedById == userId).ExecuteUpdateAsync(s => s.SetProperty(m => m.InvitedById, (Guid?)null), cancellationToken);
    }

    private async Task HandOverOrDeleteAsync(Guid groupId, Guid userId, CancellationToken cancellationToken)
    {
        var successor = await db.GroupMembers.AsNoTracking()
            .Where(m => m.GroupId == groupId && m.UserId != userId && m.State == MembershipState.Active)
            .OrderBy(m => m.Role == GroupRole.Admin ? 0 : 1).ThenBy(m => m.JoinedAt).ThenBy(m => m.Id)
            .Select(m => (Guid?)m.UserId)
            .FirstOrDefaultAsync(cancellationToken);
        if (successor is not { } heir)
        {
            await db.DeleteGroupAsync(groupId, cancellationToken);
            return;
        }

        await db.GroupMembers.Where(m => m.GroupId == groupId && m.UserId == heir)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, GroupRole.Owner), cancellationToken);
        await db.Groups.Where(g => g.Id == groupId).ExecuteUpdateAsync(s => s.SetProperty(g => g.OwnerId, heir), cancellationToken);
    }
}
