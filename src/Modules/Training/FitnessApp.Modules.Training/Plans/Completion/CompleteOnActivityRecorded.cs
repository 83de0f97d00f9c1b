using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;

namespace FitnessApp.Modules.Training.Plans.Completion;

/// <summary>A recorded activity may complete a planned workout of its day (after the writer's request, through the outbox).</summary>
internal sealed class CompleteOnActivityRecorded(TrainingDbContext db, TimeProvider clock)
    : IntegrationEventHandler<ActivityRecorded, TrainingDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ActivityRecorded integrationEvent, CancellationToken cancellationToken) =>
        await Db.ReconcileAsync(integrationEvent.AthleteId, await Db.DaysTouchedByAsync(integrationEvent.ActivityId, cancellationToken), cancellationToken);
}
