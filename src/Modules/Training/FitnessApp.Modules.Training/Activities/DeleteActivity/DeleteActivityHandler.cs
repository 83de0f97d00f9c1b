using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Activities.DeleteActivity;

internal sealed class DeleteActivityHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<DeleteActivity, Unit>
{
    public async Task<Unit> Handle(DeleteActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.FindOwnAsync(request.ActivityId, request.OwnerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Activities.Remove(activity);
        db.AddIntegrationEvent(ActivityEvents.Deleted(activity, now), now);
        return Unit.Value;
    }
}
