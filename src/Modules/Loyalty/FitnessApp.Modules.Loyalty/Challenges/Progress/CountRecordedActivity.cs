using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Challenges.Progress;

/// <summary>A recorded activity counts toward the athlete's open challenges whose period and sports it fits.</summary>
internal sealed class CountRecordedActivity(LoyaltyDbContext db, TimeProvider clock, ChallengeProgress progress)
    : IntegrationEventHandler<ActivityRecorded, LoyaltyDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(ActivityRecorded e, CancellationToken cancellationToken) =>
        progress.ApplyAsync(
            e.AthleteId, ChallengeContribution.ActivitySource(e.ActivityId),
            c => ChallengeRules.ActivityAmount(c, e.Sport, e.StartTime, e.DistanceMeters, e.MovingSeconds, e.ElevationGainMeters),
            Clock.GetUtcNow().UtcDateTime, cancellationToken);
}
