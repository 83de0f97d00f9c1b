using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>earned-activities.json and referral.json; erasure removes the athlete's earning rows and referrals either way.</summary>
internal sealed class EarningDataPart(LoyaltyDbContext db) : ILoyaltyDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var earned = await db.EarnedActivities.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.LocalDate)
            .Select(e => new { e.ActivityId, e.LocalDate, e.IsoWeek, e.Points }).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("earned-activities", earned, cancellationToken);
        var code = await db.ReferralCodes.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);
        var referredBy = await db.Referrals.AsNoTracking().Where(r => r.ReferredUserId == userId).Select(r => new { r.CreatedAt, r.RewardedAt }).FirstOrDefaultAsync(cancellationToken);
        var referred = await db.Referrals.CountAsync(r => r.ReferrerUserId == userId, cancellationToken);
        await writer.WriteJsonAsync("referral", new { Code = code, ReferredBy = referredBy, ReferredAthletes = referred }, cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.EarnedActivities.Where(e => e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ReferralCodes.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Referrals.Where(r => r.ReferredUserId == userId || r.ReferrerUserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.RegisteredAthletes.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
