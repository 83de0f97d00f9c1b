using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.Checking;

/// <summary>Keeps the day's step total (the event carries the whole new total) and checks the step achievements.</summary>
internal sealed class CheckAchievementsOnDailySteps(LoyaltyDbContext db, TimeProvider clock, AchievementEvaluator evaluator)
    : IntegrationEventHandler<DailyStepsChanged, LoyaltyDbContext>(db, clock)
{
    private static readonly HashSet<AchievementChecker> Kinds = [AchievementChecker.DailySteps];

    protected override async Task HandleOnceAsync(DailyStepsChanged e, CancellationToken cancellationToken)
    {
        var fact = await Db.AchievementStepsFacts.SingleOrDefaultAsync(f => f.AthleteId == e.AthleteId && f.Date == e.Date, cancellationToken);
        if (fact is null)
        {
            Db.AchievementStepsFacts.Add(new StepsFact { AthleteId = e.AthleteId, Date = e.Date, Steps = e.Steps });
        }
        else
        {
            fact.Steps = e.Steps;
        }

        await Db.SaveChangesAsync(cancellationToken);
        await evaluator.EvaluateAsync(e.AthleteId, Kinds, Clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
