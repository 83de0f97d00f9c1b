using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Social.Contracts.Interactions;
using FitnessApp.Modules.Social.Data;
using MediatR;

namespace FitnessApp.Modules.Social.Interactions.PostComment;

internal sealed class PostCommentHandler(
    SocialDbContext db, ActivityAccess access, CommentNotifications notifications, CommentReader reader, ActivitySignals signals, TimeProvider clock)
    : IRequestHandler<PostComment, CommentResponse>
{
    public async Task<CommentResponse> Handle(PostComment request, CancellationToken cancellationToken)
    {
        var activity = await access.RequireAsync(request.ActivityId, request.AuthorId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new Comment
        {
            ActivityId = activity.Id,
            ActivityOwnerId = activity.OwnerId,
            AuthorId = request.AuthorId,
            Text = CommentText.Normalize(request.Text),
            CreatedAt = now,
        };
        db.Comments.Add(comment);
        signals.Changed(activity.Id);
        notifications.NotifyOwner(activity, comment);
        await notifications.NotifyMentionedAsync(activity, comment, cancellationToken);
        db.AddIntegrationEvent(new CommentPosted(comment.AuthorId, activity.Id, activity.OwnerId) { OccurredAt = now }, now);
        return (await reader.ToResponsesAsync(activity, request.AuthorId, [comment], cancellationToken))[0];
    }
}
