using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.Checking;

internal static class ActivityFacts
{
    /// <summary>Creates or refreshes the activity's fact from an event's fields (the wall clock where the athlete was, else UTC).</summary>
    public static async Task<ActivityFact> UpsertAsync(
        LoyaltyDbContext db, Guid activityId, Guid athleteId, Sport sport, DateTime startTime, DateTime? localStartTime, double? distance, int movingSeconds,
        CancellationToken cancellationToken)
    {
        var fact = await db.AchievementActivityFacts.SingleOrDefaultAsync(f => f.ActivityId == activityId, cancellationToken);
        if (fact is null)
        {
            fact = new ActivityFact { ActivityId = activityId, AthleteId = athleteId };
            db.AchievementActivityFacts.Add(fact);
        }

        var local = localStartTime ?? startTime;
        fact.Sport = sport;
        fact.LocalDate = DateOnly.FromDateTime(local);
        fact.LocalStartMinute = (local.Hour * 60) + local.Minute;
        fact.DistanceMeters = distance ?? 0;
        fact.MovingSeconds = movingSeconds;
        return fact;
    }
}
