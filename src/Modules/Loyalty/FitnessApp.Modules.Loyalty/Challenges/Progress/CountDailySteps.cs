using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;

namespace FitnessApp.Modules.Loyalty.Challenges.Progress;

/// <summary>A day's new step total replaces that day's amount in the athlete's open step challenges covering the day.</summary>
internal sealed class CountDailySteps(LoyaltyDbContext db, TimeProvider clock, ChallengeProgress progress)
    : IntegrationEventHandler<DailyStepsChanged, LoyaltyDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(DailyStepsChanged e, CancellationToken cancellationToken) =>
        progress.ApplyAsync(
            e.AthleteId, ChallengeContribution.StepsSource(e.Date),
            c => e.Steps > 0 ? ChallengeRules.StepsAmount(c, e.Date, e.Steps) : null,
            Clock.GetUtcNow().UtcDateTime, cancellationToken);
}
