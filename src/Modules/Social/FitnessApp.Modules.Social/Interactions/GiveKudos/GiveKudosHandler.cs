using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Social.Contracts.Interactions;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Pages;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions.GiveKudos;

/// <summary>
/// Idempotent: a repeated or concurrent give finds the kudos (or loses the race on the unique index, which EF rolls back
/// to its savepoint) and answers the same count. The owner is told once per giver and activity, even after undo and redo.
/// </summary>
internal sealed class GiveKudosHandler(SocialDbContext db, ActivityAccess access, Notifier notifier, ActivitySignals signals, TimeProvider clock) : IRequestHandler<GiveKudos, KudosSummary>
{
    public async Task<KudosSummary> Handle(GiveKudos request, CancellationToken cancellationToken)
    {
        var activity = await access.RequireAsync(request.ActivityId, request.GiverId, cancellationToken);
        if (activity.IsOwnedBy(request.GiverId))
        {
            throw FieldErrors.For("activityId", "You cannot give kudos to your own activity.");
        }

        if (!await db.Kudos.AnyAsync(k => k.ActivityId == activity.Id && k.AthleteId == request.GiverId, cancellationToken)
            && await AddAsync(activity, request.GiverId, cancellationToken))
        {
            await TellOwnerOnceAsync(activity, request.GiverId, cancellationToken);
            signals.Changed(activity.Id);
        }

        var count = await db.Kudos.CountAsync(k => k.ActivityId == activity.Id, cancellationToken);
        return new KudosSummary(count, Given: true, CanGive: true);
    }

    private async Task<bool> AddAsync(VisibleActivity activity, Guid giverId, CancellationToken cancellationToken)
    {
        var kudos = new Kudos { ActivityId = activity.Id, ActivityOwnerId = activity.OwnerId, AthleteId = giverId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Kudos.Add(kudos);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.Entry(kudos).State = EntityState.Detached;
            return false;
        }
    }

    private async Task TellOwnerOnceAsync(VisibleActivity activity, Guid giverId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var told = await db.Notifications.AnyAsync(
            n => n.RecipientId == activity.OwnerId && n.Kind == NotificationKind.Kudos && n.ActorId == giverId && n.SubjectId == activity.Id,
            cancellationToken);
        if (told)
        {
            return;
        }

        notifier.Notify(activity.OwnerId, NotificationKind.Kudos, giverId, activity.Id, SocialPaths.Activity(activity.Id));
        db.AddIntegrationEvent(new KudosGiven(giverId, activity.Id, activity.OwnerId) { OccurredAt = now }, now);
    }
}
