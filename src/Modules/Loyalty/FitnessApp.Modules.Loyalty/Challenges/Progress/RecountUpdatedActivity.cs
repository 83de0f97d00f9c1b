using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Challenges.Progress;

/// <summary>A changed activity replaces its amount (or stops counting when its sport or start no longer fits).</summary>
internal sealed class RecountUpdatedActivity(LoyaltyDbContext db, TimeProvider clock, ChallengeProgress progress)
    : IntegrationEventHandler<ActivityUpdated, LoyaltyDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(ActivityUpdated e, CancellationToken cancellationToken) =>
        progress.ApplyAsync(
            e.AthleteId, ChallengeContribution.ActivitySource(e.ActivityId),
            c => ChallengeRules.ActivityAmount(c, e.Sport, e.StartTime, e.DistanceMeters, e.MovingSeconds, e.ElevationGainMeters),
            Clock.GetUtcNow().UtcDateTime, cancellationToken);
}
