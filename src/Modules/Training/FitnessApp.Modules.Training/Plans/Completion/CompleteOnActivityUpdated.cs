using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;

namespace FitnessApp.Modules.Training.Plans.Completion;

/// <summary>A changed sport may complete a planned workout, or stop completing one.</summary>
internal sealed class CompleteOnActivityUpdated(TrainingDbContext db, TimeProvider clock)
    : IntegrationEventHandler<ActivityUpdated, TrainingDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ActivityUpdated integrationEvent, CancellationToken cancellationToken) =>
        await Db.ReconcileAsync(integrationEvent.AthleteId, await Db.DaysTouchedByAsync(integrationEvent.ActivityId, cancellationToken), cancellationToken);
}
