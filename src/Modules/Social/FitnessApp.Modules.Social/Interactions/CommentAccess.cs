using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions;

/// <summary>
/// Finds a comment for a change: 404 when the caller may not see the activity or the comment (another activity's
/// comment, hidden from them, or by an athlete blocked with them); 403 when they see it but may not do this to it.
/// </summary>
internal sealed class CommentAccess(SocialDbContext db, ActivityAccess activities)
{
    public const string Resource = "Comment";

    public async Task<(VisibleActivity Activity, Comment Comment)> RequireAsync(Guid activityId, Guid commentId, Guid callerId, CancellationToken cancellationToken)
    {
        var activity = await activities.RequireAsync(activityId, callerId, cancellationToken);
        var comment = await db.Comments
            .Where(c => c.Id == commentId && c.ActivityId == activity.Id && (c.HiddenAt == null || c.AuthorId == callerId))
            .Where(c => !db.Blocks.Any(b => (b.BlockerId == callerId && b.BlockedId == c.AuthorId) || (b.BlockedId == callerId && b.BlockerId == c.AuthorId)))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource, commentId);
        return (activity, comment);
    }
}
