using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;

namespace FitnessApp.Modules.Training.Plans.Completion;

/// <summary>A deleted activity no longer completes its planned workout (another activity of that day may take over).</summary>
internal sealed class UncompleteOnActivityDeleted(TrainingDbContext db, TimeProvider clock)
    : IntegrationEventHandler<ActivityDeleted, TrainingDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ActivityDeleted integrationEvent, CancellationToken cancellationToken) =>
        await Db.ReconcileAsync(integrationEvent.AthleteId, await Db.DaysTouchedByAsync(integrationEvent.ActivityId, cancellationToken), cancellationToken);
}
