using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.Checking;

internal static class SocialFacts
{
    /// <summary>Saves the fact unless it is already known (an unfollow and a new follow by the same athlete count once).</summary>
    public static async Task AddOnceAsync(LoyaltyDbContext db, Guid athleteId, SocialFactKind kind, Guid otherId, DateTime now, CancellationToken cancellationToken)
    {
        if (!await db.AchievementSocialFacts.AnyAsync(f => f.AthleteId == athleteId && f.Kind == kind && f.OtherId == otherId, cancellationToken))
        {
            db.AchievementSocialFacts.Add(new SocialFact { AthleteId = athleteId, Kind = kind, OtherId = otherId, OccurredAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
