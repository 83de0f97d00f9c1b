using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Earning.Referrals;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Earning.Crediting;

/// <summary>A recorded activity earns its points (and any week, streak or referral bonus).</summary>
internal sealed class CreditRecordedActivity(LoyaltyDbContext db, TimeProvider clock, ActivityEarning earning, ReferralRewards referrals)
    : IntegrationEventHandler<ActivityRecorded, LoyaltyDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ActivityRecorded e, CancellationToken cancellationToken)
    {
        await earning.CreditAsync(new ActivityFact(e.Id, e.ActivityId, e.AthleteId, e.Sport, e.StartTime, e.LocalStartTime, e.DistanceMeters, e.ElapsedSeconds, e.MovingSeconds, e.FromDevice), cancellationToken);
        if (e.FromDevice)
        {
            await referrals.RewardAsync(e.AthleteId, cancellationToken);
        }
    }
}
