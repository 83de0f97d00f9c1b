using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Feed.GetFeed;

/// <summary>
/// One indexed range scan of the viewer's entries (newest first from the cursor), plus one of the posts of followed
/// authors over the fan-out limit, merged on (time, id); then the page's kudos, comments, athletes, groups and events
/// in batches. A group's posts reach the feed through its members' entries whatever the group's privacy (the entries
/// are the audience); a group a moderator hid takes its posts out of every feed.
/// </summary>
internal sealed class GetFeedHandler(SocialDbContext db, SocialGraph graph, AthleteDirectory athletes) : IRequestHandler<GetFeed, Page<FeedItem>>
{
    public async Task<Page<FeedItem>> Handle(GetFeed request, CancellationToken cancellationToken)
    {
        var viewer = request.ViewerId;
        var hasCursor = KeysetCursor.TryDecode(request.Cursor, out var after);
        var take = request.Limit + 1;

        var entries = db.FeedEntries.AsNoTracking().Where(e => e.ViewerId == viewer);
        if (hasCursor)
        {
            entries = entries.Where(e => e.OccurredAt < after.At || (e.OccurredAt == after.At && e.PostId.CompareTo(after.Id) < 0));
        }

        var fannedOut = await entries
            .Join(db.FeedPosts.AsNoTracking(), e => e.PostId, p => p.Id, (e, p) => new { Entry = e, Post = p })
            .Where(x => x.Post.AuthorId == viewer || (x.Post.HiddenAt == null && (x.Post.Visibility != Visibility.Private || x.Post.GroupId != null)))
            .Where(x => x.Post.GroupId == null || !db.Groups.Any(g => g.Id == x.Post.GroupId && g.HiddenAt != null))
            .OrderByDescending(x => x.Entry.OccurredAt).ThenByDescending(x => x.Entry.PostId)
            .Take(take)
            .Select(x => x.Post)
            .ToListAsync(cancellationToken);

        var mergedAuthors = await db.FeedMergedAuthors.AsNoTracking()
            .Where(a => graph.FollowedBy(viewer).Contains(a.AuthorId))
            .Select(a => a.AuthorId)
            .ToListAsync(cancellationToken);
        List<FeedPost> readTime = [];
        if (mergedAuthors.Count > 0)
        {
            var posts = db.FeedPosts.AsNoTracking().Where(p => mergedAuthors.Contains(p.AuthorId) && p.GroupId == null && p.HiddenAt == null
                && (p.Visibility == Visibility.Public || p.Visibility == Visibility.Followers));
            if (hasCursor)
            {
                posts = posts.Where(p => p.OccurredAt < after.At || (p.OccurredAt == after.At && p.Id.CompareTo(after.Id) < 0));
            }

            readTime = await posts.OrderByDescending(p => p.OccurredAt).ThenByDescending(p => p.Id).Take(take).ToListAsync(cancellationToken);
        }

        var merged = KeysetMerge.Merge(fannedOut, readTime, p => (p.OccurredAt, p.Id), take);
        var page = merged.Take(request.Limit).ToList();
        var next = merged.Count > request.Limit ? new KeysetCursor(page[^1].OccurredAt, page[^1].Id).Encode() : null;
        return new Page<FeedItem>(await DescribeAsync(viewer, page, cancellationToken), next);
    }

    private async Task<List<FeedItem>> DescribeAsync(Guid viewer, List<FeedPost> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return [];
        }

        var activities = posts.Where(p => p.Kind == FeedPostKind.Activity).Select(p => p.SubjectId).ToList();
        var kudos = await db.Kudos.AsNoTracking().Where(k => activities.Contains(k.ActivityId))
            .GroupBy(k => k.ActivityId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var cheered = (await db.Kudos.AsNoTracking().Where(k => k.AthleteId == viewer && activities.Contains(k.ActivityId))
            .Select(k => k.ActivityId).ToListAsync(cancellationToken)).ToHashSet();
        var visible = db.Comments.AsNoTracking().Where(c => activities.Contains(c.ActivityId) && c.HiddenAt == null);
        var comments = await visible.GroupBy(c => c.ActivityId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var last = await visible
            .Where(c => db.Comments.Count(o => o.ActivityId == c.ActivityId && o.HiddenAt == null
                && (o.CreatedAt > c.CreatedAt || (o.CreatedAt == c.CreatedAt && o.Id.CompareTo(c.Id) > 0))) < GetFeed.LastComments)
            .ToListAsync(cancellationToken);

        var people = posts.Select(p => p.AuthorId).Concat(last.Select(c => c.AuthorId)).Append(viewer).Distinct().ToList();
        var profiles = await athletes.ProfilesAsync(people, cancellationToken);
        FeedAthlete Athlete(Guid id) => profiles.TryGetValue(id, out var p) ? new FeedAthlete(id, p.DisplayName, p.AvatarUrl) : new FeedAthlete(id, string.Empty, null);

        var language = profiles.TryGetValue(viewer, out var me) ? me.Language : null;
        var groups = await GroupsAsync(viewer, posts, cancellationToken);

        var lastByActivity = last.GroupBy(c => c.ActivityId).ToDictionary(
            g => g.Key,
            g => g.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => new FeedComment(c.Id, Athlete(c.AuthorId), c.Text, c.CreatedAt)).ToList());
        return posts.Select(p =>
        {
            var activityId = p.Kind == FeedPostKind.Activity ? p.SubjectId : (Guid?)null;
            var key = activityId ?? Guid.Empty;
            var groupEvent = groups.Events.GetValueOrDefault(p.SubjectId);
            var achievement = p.Kind == FeedPostKind.Achievement ? new FeedAchievement(p.Title, p.TitleRu ?? p.Title, p.ImageUrl) : null;
            return new FeedItem(
                p.Id,
                FeedItemKinds.Of(p.Kind, groupEvent is not null),
                Athlete(p.AuthorId),
                activityId,
                p.GroupId,
                p.Sport is { } sport ? WireNames.Of(sport) : null,
                achievement is null ? p.Title : FeedItemKinds.NameIn(language, achievement.NameEn, achievement.NameRu),
                p.Text,
                p.OccurredAt,
                p.DistanceMeters,
                p.MovingSeconds,
                p.ElapsedSeconds,
                p.ElevationGainMeters,
                p.Route,
                WireNames.Of(p.Visibility),
                kudos.GetValueOrDefault(key),
                cheered.Contains(key),
                comments.GetValueOrDefault(key),
                lastByActivity.TryGetValue(key, out var recent) ? recent : [],
                p.GroupId is { } groupId && groups.Names.TryGetValue(groupId, out var name) ? new FeedGroup(groupId, name) : null,
                groupEvent,
                achievement);
        }).ToList();
    }

    /// <summary>The names of the page's groups, and its event announcements (by event id) with the viewer's answer.</summary>
    private async Task<(Dictionary<Guid, string> Names, Dictionary<Guid, FeedEvent> Events)> GroupsAsync(
        Guid viewer, List<FeedPost> posts, CancellationToken cancellationToken)
    {
        var groupIds = posts.Where(p => p.GroupId is not null).Select(p => p.GroupId!.Value).Distinct().ToList();
        if (groupIds.Count == 0)
        {
            return ([], []);
        }

        var names = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var subjects = posts.Where(p => p.Kind == FeedPostKind.GroupPost).Select(p => p.SubjectId).ToList();
        var events = await db.GroupEvents.AsNoTracking().Where(e => subjects.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                e.StartsAt,
                e.PlaceName,
                e.CancelledAt,
                Going = db.EventAttendances.Count(a => a.EventId == e.Id && a.Status == AttendanceStatus.Going),
                Mine = db.EventAttendances.Where(a => a.EventId == e.Id && a.UserId == viewer).Select(a => (AttendanceStatus?)a.Status).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return (names, events.ToDictionary(
            e => e.Id,
            e => new FeedEvent(e.Id, e.StartsAt, e.PlaceName, e.CancelledAt is not null, e.Going, e.Mine is { } status ? WireNames.Of(status) : null)));
    }
}
