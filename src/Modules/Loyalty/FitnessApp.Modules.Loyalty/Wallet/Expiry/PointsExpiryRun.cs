using System.Globalization;
using FitnessApp.Modules.Loyalty.Contracts.Points;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Wallet.Expiry;

/// <summary>
/// One athlete's nightly expiry: posts the points due by today (key <c>expiry:{date}</c>, so a second run the same day
/// posts nothing) and raises <see cref="PointsExpiring"/> once per expiry day within the next week.
/// </summary>
internal sealed class PointsExpiryRun(LoyaltyDbContext db, PointsLedger ledger, WalletReader wallet, WalletOptions options)
{
    public Task<(int Expired, int Notices)> RunAsync(Guid userId, DateOnly today, DateTime now, CancellationToken cancellationToken) =>
        ConcurrencyRetry.RunAsync(db, () => TryAsync(userId, today, now, cancellationToken), cancellationToken);

    private async Task<(int Expired, int Notices)> TryAsync(Guid userId, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var lots = await wallet.LotsAsync(userId, cancellationToken);
        var due = PointsExpiry.DueBy(lots, today);
        var expired = 0;
        if (due > 0)
        {
            var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var entry = await ledger.PostAsync(
                new PointsPosting(userId, -due, LedgerReason.Expiry, LoyaltyModule.ModuleName, $"expiry:{date}", Note: $"Points earned over {(int)options.ExpireAfter.TotalDays} days ago"),
                now,
                cancellationToken);
            expired = entry is null ? 0 : due;
        }

        var upcoming = PointsExpiry.Upcoming(lots, today, today.AddDays(WalletOptions.NoticeDays));
        var days = upcoming.Select(u => u.On).ToList();
        var told = await db.ExpiryNotices.Where(n => n.UserId == userId && days.Contains(n.ExpiresOn)).Select(n => n.ExpiresOn).ToListAsync(cancellationToken);
        var notices = 0;
        foreach (var (on, points) in upcoming.Where(u => !told.Contains(u.On)))
        {
            db.ExpiryNotices.Add(new ExpiryNotice { UserId = userId, ExpiresOn = on, Points = points, SentAt = now });
            db.AddIntegrationEvent(new PointsExpiring(userId, points, on) { OccurredAt = now }, now);
            notices++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (expired, notices);
    }
}
