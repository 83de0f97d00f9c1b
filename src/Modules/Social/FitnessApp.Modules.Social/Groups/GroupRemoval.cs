using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups;

/// <summary>Deletes a group with everything in it: members, events, attendance, its posts and their feed entries.</summary>
internal static class GroupRemoval
{
    public static async Task DeleteGroupAsync(this SocialDbContext db, Guid groupId, CancellationToken cancellationToken)
    {
        var posts = db.FeedPosts.Where(p => p.GroupId == groupId && p.Kind == FeedPostKind.GroupPost).Select(p => p.Id);
        await db.FeedEntries.Where(e => posts.Contains(e.PostId)).ExecuteDeleteAsync(cancellationToken);
        await db.FeedPosts.Where(p => p.GroupId == groupId && p.Kind == FeedPostKind.GroupPost).ExecuteDeleteAsync(cancellationToken);
        var events = db.GroupEvents.Where(e => e.GroupId == groupId).Select(e => e.Id);
        await db.EventAttendances.Where(a => events.Contains(a.EventId)).ExecuteDeleteAsync(cancellationToken);
        await db.GroupEvents.Where(e => e.GroupId == groupId).ExecuteDeleteAsync(cancellationToken);
        await db.GroupMembers.Where(m => m.GroupId == groupId).ExecuteDeleteAsync(cancellationToken);
        await db.Groups.Where(g => g.Id == groupId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The member's answers to the group's events that have not started yet (they leave or are removed).</summary>
    public static Task RemoveUpcomingAttendanceAsync(this SocialDbContext db, Guid groupId, Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var upcoming = db.GroupEvents.Where(e => e.GroupId == groupId && e.StartsAt > now).Select(e => e.Id);
        return db.EventAttendances.Where(a => a.UserId == userId && upcoming.Contains(a.EventId)).ExecuteDeleteAsync(cancellationToken);
    }
}
