using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Feed;

/// <summary>
/// A new follow back-fills the follower's feed with the followee's recent posts they may now see; an ended follow takes
/// the followee's posts out of it. Changes are tracked only: the caller saves them with the follow.
/// </summary>
internal sealed class FeedFollowObserver(SocialDbContext db, TimeProvider clock) : IFollowObserver
{
    public static readonly TimeSpan BackFillWindow = TimeSpan.FromDays(30);
    public const int BackFillMax = 50;

    public async Task FollowStartedAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken)
    {
        if (followerId == followeeId || await db.FeedMergedAuthors.AnyAsync(a => a.AuthorId == followeeId, cancellationToken))
        {
            return; // an author over the fan-out limit is merged in at read time
        }

        var since = clock.GetUtcNow().UtcDateTime - BackFillWindow;
        var posts = await db.FeedPosts.AsNoTracking()
            .Where(p => p.AuthorId == followeeId && p.GroupId == null && p.OccurredAt >= since
                && (p.Visibility == Visibility.Public || p.Visibility == Visibility.Followers))
            .OrderByDescending(p => p.OccurredAt).ThenByDescending(p => p.Id)
            .Take(BackFillMax)
            .Select(p => new { p.Id, p.OccurredAt })
            .ToListAsync(cancellationToken);
        var ids = posts.Select(p => p.Id).ToList();
        var existing = await db.FeedEntries.AsNoTracking()
            .Where(e => e.ViewerId == followerId && ids.Contains(e.PostId))
            .Select(e => e.PostId)
            .ToListAsync(cancellationToken);
        var tracked = db.ChangeTracker.Entries<FeedEntry>().Where(e => e.Entity.ViewerId == followerId).Select(e => e.Entity.PostId);
        var skip = existing.Concat(tracked).ToHashSet();
        foreach (var post in posts.Where(p => !skip.Contains(p.Id)))
        {
            db.FeedEntries.Add(new FeedEntry { ViewerId = followerId, PostId = post.Id, AuthorId = followeeId, OccurredAt = post.OccurredAt });
        }
    }

    public async Task FollowEndedAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken)
    {
        if (followerId == followeeId)
        {
            return;
        }

        var entries = await db.FeedEntries.Where(e => e.AuthorId == followeeId && e.ViewerId == followerId).ToListAsync(cancellationToken);
        db.FeedEntries.RemoveRange(entries);
    }
}
