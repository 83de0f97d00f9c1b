using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Achievements.Checking;

/// <summary>Refreshes the activity's fact (a changed sport moves it between totals) and re-checks; awards given stay.</summary>
internal sealed class CheckAchievementsOnActivityUpdated(LoyaltyDbContext db, TimeProvider clock, AchievementEvaluator evaluator)
    : IntegrationEventHandler<ActivityUpdated, LoyaltyDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ActivityUpdated e, CancellationToken cancellationToken)
    {
        await ActivityFacts.UpsertAsync(Db, e.ActivityId, e.AthleteId, e.Sport, e.StartTime, e.LocalStartTime, e.DistanceMeters, e.MovingSeconds, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await evaluator.EvaluateAsync(e.AthleteId, AchievementCheckers.ActivityKinds, Clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
