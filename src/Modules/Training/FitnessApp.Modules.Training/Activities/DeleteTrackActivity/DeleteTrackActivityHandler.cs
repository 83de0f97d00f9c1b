using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.DeleteTrackActivity;

internal sealed class DeleteTrackActivityHandler(TrainingDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.Tracks.DeleteTrackActivity, bool>
{
    public async Task<bool> Handle(Contracts.Tracks.DeleteTrackActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.WithExercises()
            .SingleOrDefaultAsync(a => a.Id == request.ActivityId && a.OwnerId == request.AthleteId, cancellationToken);
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
