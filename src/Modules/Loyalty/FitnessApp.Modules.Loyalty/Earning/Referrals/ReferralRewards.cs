using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Referrals;

/// <summary>Pays the referral bonus to both athletes once the referred one's first device activity arrives.</summary>
internal sealed class ReferralRewards(LoyaltyDbContext db, PointsLedger ledger, TimeProvider clock)
{
    public const string Source = "Loyalty";

    public async Task RewardAsync(Guid referredUserId, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.ReferredUserId == referredUserId && r.RewardedAt == null, cancellationToken);
        if (referral is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var bonus = (await db.EarningSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken))?.ReferralBonus ?? 0;
        referral.RewardedAt = now;
        var key = $"referral:{referral.ReferredUserId}";
        await ledger.PostAsync(new PointsPosting(referral.ReferredUserId, bonus, LedgerReason.Referral, Source, key, key, "Referral bonus"), now, cancellationToken);
        await ledger.PostAsync(new PointsPosting(referral.ReferrerUserId, bonus, LedgerReason.Referral, Source, key, key, "Referral bonus"), now, cancellationToken);
    }
}
