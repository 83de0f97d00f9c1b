using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Challenges.Progress;

/// <summary>A deleted activity stops counting in the challenges that are not finalized yet.</summary>
internal sealed class UncountDeletedActivity(LoyaltyDbContext db, TimeProvider clock, ChallengeProgress progress)
    : IntegrationEventHandler<ActivityDeleted, LoyaltyDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(ActivityDeleted e, CancellationToken cancellationToken) =>
        progress.ApplyAsync(e.AthleteId, ChallengeContribution.ActivitySource(e.ActivityId), _ => null, Clock.GetUtcNow().UtcDateTime, cancellationToken);
}
