using FitnessApp.Modules.Shared.Errors;
using MediatR;

namespace FitnessApp.Modules.Social.Interactions.EditComment;

internal sealed class EditCommentHandler(CommentAccess access, CommentNotifications notifications, CommentReader reader, ActivitySignals signals, TimeProvider clock)
    : IRequestHandler<EditComment, CommentResponse>
{
    public async Task<CommentResponse> Handle(EditComment request, CancellationToken cancellationToken)
    {
        var (activity, comment) = await access.RequireAsync(request.ActivityId, request.CommentId, request.EditorId, cancellationToken);
        if (comment.AuthorId != request.EditorId)
        {
            throw new ForbiddenException("Only its author may edit a comment.");
        }

        var text = CommentText.Normalize(request.Text);
        if (text != comment.Text)
        {
            comment.Text = text;
            comment.EditedAt = clock.GetUtcNow().UtcDateTime;
            signals.Changed(activity.Id);
            await notifications.NotifyMentionedAsync(activity, comment, cancellationToken);
        }

        return (await reader.ToResponsesAsync(activity, request.EditorId, [comment], cancellationToken))[0];
    }
}
