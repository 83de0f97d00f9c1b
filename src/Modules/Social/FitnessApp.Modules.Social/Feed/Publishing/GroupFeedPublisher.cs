using FitnessApp.Modules.Social.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Feed.Publishing;

/// <summary>
/// A group's posts and event announcements in its members' main feeds: fanned out to the active members (public and
/// private groups alike) when posted, given to a new member (the latest ones), taken out of a member's feed when they
/// leave or are removed. Deleting a post deletes its entries with it. Runs in the caller's unit of work.
/// </summary>
internal sealed class GroupFeedPublisher(SocialDbContext db, FeedSignals signals)
{
    /// <summary>How many of a group's latest posts and events a new member finds in their feed.</summary>
    public const int NewMemberBackfill = 20;

    /// <summary>Saves the (new, tracked) group post and puts it in every member's feed.</summary>
    public async Task PublishAsync(FeedPost post, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        signals.Add(await FeedFanOut.InsertForMembersAsync(db, post, cancellationToken));
    }

    /// <summary>
    /// Puts the group's latest posts and events in a new member's feed (tracked; the caller's unit of work saves them), so
    /// that joining a group shows what it has been saying, not only what comes next. Authors blocked either way are skipped.
    /// </summary>
    public async Task AddMemberAsync(Guid groupId, Guid userId, CancellationToken cancellationToken)
    {
        var blocked = db.Blocks.Where(b => b.BlockerId == userId).Select(b => b.BlockedId)
            .Concat(db.Blocks.Where(b => b.BlockedId == userId).Select(b => b.BlockerId));
        var latest = await db.FeedPosts.AsNoTracking()
            .Where(p => p.GroupId == groupId && p.Kind == FeedPostKind.GroupPost && !blocked.Contains(p.AuthorId)
                && !db.FeedEntries.Any(e => e.ViewerId == userId && e.PostId == p.Id))
            .OrderByDescending(p => p.OccurredAt)
            .Take(NewMemberBackfill)
            .Select(p => new FeedEntry { ViewerId = userId, PostId = p.Id, AuthorId = p.AuthorId, OccurredAt = p.OccurredAt })
            .ToListAsync(cancellationToken);
        db.FeedEntries.AddRange(latest);
    }

    /// <summary>Takes the group's posts and events out of a former member's feed.</summary>
    public Task RemoveMemberAsync(Guid groupId, Guid userId, CancellationToken cancellationToken)
    {
        var posts = db.FeedPosts.Where(p => p.GroupId == groupId && p.Kind == FeedPostKind.GroupPost).Select(p => p.Id);
        return db.FeedEntries.Where(e => e.ViewerId == userId && posts.Contains(e.PostId)).ExecuteDeleteAsync(cancellationToken);
    }
}
