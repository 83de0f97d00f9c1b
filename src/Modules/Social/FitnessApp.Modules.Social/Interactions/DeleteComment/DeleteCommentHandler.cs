using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions.DeleteComment;

internal sealed class DeleteCommentHandler(SocialDbContext db, CommentAccess access, ActivitySignals signals) : IRequestHandler<DeleteComment, Unit>
{
    public async Task<Unit> Handle(DeleteComment request, CancellationToken cancellationToken)
    {
        var (activity, comment) = await access.RequireAsync(request.ActivityId, request.CommentId, request.UserId, cancellationToken);
        if (comment.AuthorId != request.UserId && !activity.IsOwnedBy(request.UserId))
        {
            throw new ForbiddenException("Only its author or the activity's owner may delete a comment.");
        }

        db.Comments.Remove(comment);
        signals.Changed(activity.Id);
        await db.Notifications
            .Where(n => n.SubjectId == comment.Id && (n.Kind == NotificationKind.Comment || n.Kind == NotificationKind.Mention))
            .ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
