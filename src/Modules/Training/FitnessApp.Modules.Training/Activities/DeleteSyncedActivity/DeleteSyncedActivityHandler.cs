using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.DeleteSyncedActivity;

internal sealed class DeleteSyncedActivityHandler(TrainingDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.Tracks.DeleteSyncedActivity, bool>
{
    public async Task<bool> Handle(Contracts.Tracks.DeleteSyncedActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == request.ActivityId && a.OwnerId == request.OwnerId, cancellationToken);
        if (activity is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Activities.Remove(activity);
        db.AddIntegrationEvent(ActivityEvents.Deleted(activity, now), now);
        return true;
    }
}
