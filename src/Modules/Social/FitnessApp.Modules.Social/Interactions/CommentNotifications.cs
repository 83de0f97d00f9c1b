using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Interactions.Mentions;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Pages;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions;

/// <summary>
/// Tells the activity's owner about a new comment, and the athletes it mentions (at most
/// <see cref="MentionCandidates.MaxNotifiedPerComment"/>): never the author, never the owner twice (the comment notice
/// is enough), nobody blocked either way with the author, nobody who may not see the activity, and nobody twice for
/// the same comment (an edit notifies only the newly mentioned).
/// </summary>
internal sealed class CommentNotifications(SocialDbContext db, SocialGraph graph, Notifier notifier, MentionCandidates mentions)
{
    public void NotifyOwner(VisibleActivity activity, Comment comment) =>
        notifier.Notify(activity.OwnerId, NotificationKind.Comment, comment.AuthorId, comment.Id, SocialPaths.Activity(activity.Id), comment.Text);

    public async Task NotifyMentionedAsync(VisibleActivity activity, Comment comment, CancellationToken cancellationToken)
    {
        if (!comment.Text.Contains('@', StringComparison.Ordinal))
        {
            return;
        }

        var candidates = await mentions.ForAuthorsAsync(activity.Id, activity.OwnerId, [comment.AuthorId], cancellationToken);
        var mentioned = MentionParser.Athletes(MentionParser.Find(comment.Text, candidates[comment.AuthorId]), MentionCandidates.MaxNotifiedPerComment)
            .Where(id => id != comment.AuthorId && id != activity.OwnerId)
            .ToList();
        if (mentioned.Count == 0)
        {
            return;
        }

        var alreadyTold = await db.Notifications.AsNoTracking()
            .Where(n => n.SubjectId == comment.Id && n.Kind == NotificationKind.Mention && mentioned.Contains(n.RecipientId))
            .Select(n => n.RecipientId)
            .ToListAsync(cancellationToken);
        foreach (var athleteId in mentioned.Except(alreadyTold))
        {
            var audience = await graph.AudienceAsync(athleteId, activity.OwnerId, cancellationToken);
            if (!SocialGraph.MaySee(audience, activity.Card.Visibility) || await graph.IsBlockedEitherWayAsync(athleteId, comment.AuthorId, cancellationToken))
            {
                continue;
            }

            notifier.Notify(athleteId, NotificationKind.Mention, comment.AuthorId, comment.Id, SocialPaths.Activity(activity.Id), comment.Text);
        }
    }
}
