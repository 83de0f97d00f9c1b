using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Earning.Crediting;

/// <summary>A deleted activity's points (with the bonuses it brought) are taken back.</summary>
internal sealed class ReverseDeletedActivity(LoyaltyDbContext db, TimeProvider clock, ActivityEarning earning)
    : IntegrationEventHandler<ActivityDeleted, LoyaltyDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(ActivityDeleted e, CancellationToken cancellationToken) =>
        earning.ReverseAsync(new ActivityFact(e.Id, e.ActivityId, e.AthleteId, e.Sport, e.StartTime, e.LocalStartTime, e.DistanceMeters, e.ElapsedSeconds, e.MovingSeconds, e.FromDevice), cancellationToken);
}
