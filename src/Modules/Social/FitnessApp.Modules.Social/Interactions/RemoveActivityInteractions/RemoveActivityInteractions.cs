using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions.RemoveActivityInteractions;

/// <summary>A deleted activity takes its kudos, its comments and the notifications about them along (set-based, so a redelivery finds nothing).</summary>
internal sealed class RemoveActivityInteractions(SocialDbContext db, TimeProvider clock) : IntegrationEventHandler<ActivityDeleted, SocialDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ActivityDeleted integrationEvent, CancellationToken cancellationToken)
    {
        var activityId = integrationEvent.ActivityId;
        var comments = Db.Comments.Where(c => c.ActivityId == activityId).Select(c => (Guid?)c.Id);
        await Db.Notifications
            .Where(n => (n.Kind == NotificationKind.Kudos && n.SubjectId == activityId)
                || ((n.Kind == NotificationKind.Comment || n.Kind == NotificationKind.Mention) && comments.Contains(n.SubjectId)))
            .ExecuteDeleteAsync(cancellationToken);
        await Db.Kudos.Where(k => k.ActivityId == activityId).ExecuteDeleteAsync(cancellationToken);
        await Db.Comments.Where(c => c.ActivityId == activityId).ExecuteDeleteAsync(cancellationToken);
    }
}
