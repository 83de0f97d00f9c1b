using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Earning.Crediting;

/// <summary>An edited activity earns what it earns now: the difference is posted.</summary>
internal sealed class AdjustUpdatedActivity(LoyaltyDbContext db, TimeProvider clock, ActivityEarning earning)
    : IntegrationEventHandler<ActivityUpdated, LoyaltyDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(ActivityUpdated e, CancellationToken cancellationToken) =>
        earning.AdjustAsync(new ActivityFact(e.Id, e.ActivityId, e.AthleteId, e.Sport, e.StartTime, e.LocalStartTime, e.DistanceMeters, e.ElapsedSeconds, e.MovingSeconds, e.FromDevice), cancellationToken);
}
