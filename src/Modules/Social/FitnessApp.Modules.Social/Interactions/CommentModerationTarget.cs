using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Moderation;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions;

/// <summary>Comments for moderation: reported by someone who can see them, hidden (shown to their author only) and unhidden.</summary>
internal sealed class CommentModerationTarget(SocialDbContext db, ActivityAccess activities, CommentReader comments) : IModerationTarget
{
    public ReportTarget Kind => ReportTarget.Comment;

    public async Task<Guid?> OwnerAsync(Guid id, Guid viewerId, CancellationToken cancellationToken)
    {
        var activityId = await db.Comments.AsNoTracking().Where(c => c.Id == id).Select(c => (Guid?)c.ActivityId).SingleOrDefaultAsync(cancellationToken);
        if (activityId is not { } activity || await activities.FindAsync(activity, viewerId, cancellationToken) is null)
        {
            return null;
        }

        return await comments.VisibleTo(activity, viewerId).Where(c => c.Id == id).Select(c => (Guid?)c.AuthorId).SingleOrDefaultAsync(cancellationToken);
    }

    public Task<string?> DescribeAsync(Guid id, CancellationToken cancellationToken) =>
        db.Comments.AsNoTracking().Where(c => c.Id == id).Select(c => (string?)c.Text).SingleOrDefaultAsync(cancellationToken);

    public Task HideAsync(Guid id, DateTime at, CancellationToken cancellationToken) =>
        db.Comments.Where(c => c.Id == id && c.HiddenAt == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenAt, at), cancellationToken);

    public Task UnhideAsync(Guid id, CancellationToken cancellationToken) =>
        db.Comments.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenAt, (DateTime?)null), cancellationToken);
}
