using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Shared.Web;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements;

/// <summary>achievements.json (progress and awards) and achievement-facts.json (what the checkers counted); erasure deletes both.</summary>
internal sealed class AchievementsDataPart(LoyaltyDbContext db) : ILoyaltyDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var achievements = await db.AthleteAchievements.AsNoTracking()
            .Where(s => s.AthleteId == userId)
            .Join(db.AchievementDefinitions, s => s.AchievementId, d => d.Id, (s, d) => new
            {
                d.Code, d.NameEn, s.Progress, s.Target, s.TimesAwarded, s.FirstAwardedAt, s.LastAwardedAt,
            })
            .OrderBy(a => a.Code)
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("achievements", achievements, cancellationToken);

        var activities = await db.AchievementActivityFacts.AsNoTracking().Where(f => f.AthleteId == userId).OrderBy(f => f.LocalDate).ToListAsync(cancellationToken);
        var steps = await db.AchievementStepsFacts.AsNoTracking().Where(f => f.AthleteId == userId).OrderBy(f => f.Date).ToListAsync(cancellationToken);
        var social = await db.AchievementSocialFacts.AsNoTracking().Where(f => f.AthleteId == userId).OrderBy(f => f.OccurredAt).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("achievement-facts", new
        {
            Activities = activities.Select(a => new { a.ActivityId, Sport = WireNames.Of(a.Sport), a.LocalDate, a.LocalStartMinute, a.DistanceMeters, a.MovingSeconds, a.PersonalRecords }),
            Steps = steps.Select(s => new { s.Date, s.Steps }),
            Social = social.Select(s => new { Kind = WireNames.Of(s.Kind), s.OtherId, s.OccurredAt }),
        }, cancellationToken);
    }

    /// <summary>Their own rows, and their trace as someone else's follower.</summary>
    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.AthleteAchievements.Where(s => s.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.AchievementActivityFacts.Where(f => f.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.AchievementStepsFacts.Where(f => f.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.AchievementSocialFacts.Where(f => f.AthleteId == userId || f.OtherId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
