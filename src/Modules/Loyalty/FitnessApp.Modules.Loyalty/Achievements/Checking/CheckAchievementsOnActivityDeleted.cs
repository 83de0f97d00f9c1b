using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.Checking;

/// <summary>Forgets the activity's fact and recomputes progress (which may go down); awards given stay.</summary>
internal sealed class CheckAchievementsOnActivityDeleted(LoyaltyDbContext db, TimeProvider clock, AchievementEvaluator evaluator)
    : IntegrationEventHandler<ActivityDeleted, LoyaltyDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ActivityDeleted e, CancellationToken cancellationToken)
    {
        await Db.AchievementActivityFacts.Where(f => f.ActivityId == e.ActivityId).ExecuteDeleteAsync(cancellationToken);
        await evaluator.EvaluateAsync(e.AthleteId, AchievementCheckers.ActivityKinds, Clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
