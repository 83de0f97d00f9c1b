using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Progress;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Achievements.Checking;

/// <summary>Keeps the activity's fact (with the personal records it set) and checks the activity achievements.</summary>
internal sealed class CheckAchievementsOnActivityRecorded(LoyaltyDbContext db, TimeProvider clock, AchievementEvaluator evaluator, IMediator mediator)
    : IntegrationEventHandler<ActivityRecorded, LoyaltyDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ActivityRecorded e, CancellationToken cancellationToken)
    {
        var fact = await ActivityFacts.UpsertAsync(Db, e.ActivityId, e.AthleteId, e.Sport, e.StartTime, e.LocalStartTime, e.DistanceMeters, e.MovingSeconds, cancellationToken);
        fact.PersonalRecords = await mediator.Send(new CountPersonalRecords(e.AthleteId, e.ActivityId), cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await evaluator.EvaluateAsync(e.AthleteId, AchievementCheckers.ActivityKinds, Clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
