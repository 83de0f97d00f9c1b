using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Social.Feed.Publishing;

/// <summary>
/// Keeps an activity's feed post and its entries in step with Training: the post is a snapshot of the activity's card,
/// and the entries are exactly the feeds allowed to show it (the author's own, plus the accepted followers' when the
/// visibility is public or followers and the author is not over the fan-out limit).
/// </summary>
internal sealed class FeedPublisher(SocialDbContext db, SocialGraph graph, IMediator mediator, FeedSignals signals, IOptions<FeedOptions> options, TimeProvider clock)
{
    public async Task PublishActivityAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var card = (await mediator.Send(new GetActivityCards([activityId]), cancellationToken)).FirstOrDefault();
        if (card is null)
        {
            // Deleted since the event was written: its own ActivityDeleted event cleans up too; nothing to show.
            await RemoveActivityAsync(activityId, cancellationToken);
            return;
        }

        var post = await db.FeedPosts.FirstOrDefaultAsync(p => p.Kind == FeedPostKind.Activity && p.SubjectId == activityId, cancellationToken);
        if (post is null)
        {
            post = new FeedPost { Kind = FeedPostKind.Activity, AuthorId = card.OwnerId, SubjectId = activityId };
            db.FeedPosts.Add(post);
        }

        var moved = post.OccurredAt != card.StartTime;
        post.Visibility = card.Visibility;
        post.OccurredAt = card.StartTime;
        post.Sport = card.Sport;
        post.Title = FeedStrings.Shorten(card.Title, FeedPost.TitleMaxLength);
        post.DistanceMeters = card.DistanceMeters;
        post.MovingSeconds = card.MovingSeconds;
        post.ElapsedSeconds = card.ElapsedSeconds;
        post.ElevationGainMeters = card.ElevationGainMeters;
        post.Route = RouteOf(card);
        await db.SaveChangesAsync(cancellationToken);

        if (moved)
        {
            await db.FeedEntries.Where(e => e.PostId == post.Id)
                .ExecuteUpdateAsync(e => e.SetProperty(x => x.OccurredAt, post.OccurredAt), cancellationToken);
        }

        if (post.Visibility == Visibility.Private)
        {
            await db.FeedEntries.Where(e => e.PostId == post.Id && e.ViewerId != post.AuthorId).ExecuteDeleteAsync(cancellationToken);
        }

        var toFollowers = post.Visibility != Visibility.Private && !await IsMergedAtReadTimeAsync(post.AuthorId, cancellationToken);
        signals.Add(await FeedFanOut.InsertAsync(db, post, toFollowers, cancellationToken));
    }

    /// <summary>Saves a new (tracked) post visible to followers and puts it in the author's and their followers' feeds.</summary>
    public async Task PublishToFollowersAsync(FeedPost post, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var toFollowers = !await IsMergedAtReadTimeAsync(post.AuthorId, cancellationToken);
        signals.Add(await FeedFanOut.InsertAsync(db, post, toFollowers, cancellationToken));
    }

    public async Task RemoveActivityAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var posts = db.FeedPosts.Where(p => p.Kind == FeedPostKind.Activity && p.SubjectId == activityId).Select(p => p.Id);
        await db.FeedEntries.Where(e => posts.Contains(e.PostId)).ExecuteDeleteAsync(cancellationToken);
        await db.FeedPosts.Where(p => p.Kind == FeedPostKind.Activity && p.SubjectId == activityId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>True (and remembered) once the author has more accepted followers than the limit.</summary>
    private async Task<bool> IsMergedAtReadTimeAsync(Guid authorId, CancellationToken cancellationToken)
    {
        if (await db.FeedMergedAuthors.AnyAsync(a => a.AuthorId == authorId, cancellationToken))
        {
            return true;
        }

        var limit = options.Value.FanOutLimit;
        var followers = await graph.FollowersOf(authorId).Take(limit + 1).CountAsync(cancellationToken);
        if (followers <= limit)
        {
            return false;
        }

        db.FeedMergedAuthors.Add(new FeedMergedAuthor { AuthorId = authorId, Since = clock.GetUtcNow().UtcDateTime });
        return true;
    }

    private static string? RouteOf(ActivityCard card)
    {
        if (card.Route.Count < 2)
        {
            return null;
        }

        var encoded = Polyline.Encode(card.Route.Select(p => (p.Latitude, p.Longitude)));
        return encoded.Length <= FeedPost.RouteMaxLength ? encoded : null;
    }
}
