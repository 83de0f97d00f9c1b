using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Moderation;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Feed;

/// <summary>Moderation of an activity as Social shows it: hiding sets the feed post's <see cref="FeedPost.HiddenAt"/>, so nobody but its author sees it in feeds.</summary>
internal sealed class ActivityModerationTarget(SocialDbContext db, SocialGraph graph) : IModerationTarget
{
    public ReportTarget Kind => ReportTarget.Activity;

    public async Task<Guid?> OwnerAsync(Guid id, Guid viewerId, CancellationToken cancellationToken)
    {
        var post = await Post(id).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return null;
        }

        var audience = await graph.AudienceAsync(viewerId, post.AuthorId, cancellationToken);
        return SocialGraph.MaySee(audience, post.Visibility) ? post.AuthorId : null;
    }

    public Task<string?> DescribeAsync(Guid id, CancellationToken cancellationToken) =>
        Post(id).Select(p => (string?)p.Title).FirstOrDefaultAsync(cancellationToken);

    public Task HideAsync(Guid id, DateTime at, CancellationToken cancellationToken) =>
        Post(id).Where(p => p.HiddenAt == null).ExecuteUpdateAsync(p => p.SetProperty(x => x.HiddenAt, at), cancellationToken);

    public Task UnhideAsync(Guid id, CancellationToken cancellationToken) =>
        Post(id).ExecuteUpdateAsync(p => p.SetProperty(x => x.HiddenAt, (DateTime?)null), cancellationToken);

    /// <summary>The report names the activity (as the activity page does).</summary>
    private IQueryable<FeedPost> Post(Guid activityId) =>
        db.FeedPosts.Where(p => p.Kind == FeedPostKind.Activity && p.SubjectId == activityId);
}
