using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Levels;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Wallet;

/// <summary>An athlete's wallet as of now: balance, reservations, lifetime points and level, points about to expire.</summary>
internal sealed class WalletReader(LoyaltyDbContext db, PointsLedger ledger, WalletOptions options)
{
    public async Task<int> ReservedAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.PointsReservations.Where(r => r.UserId == userId && r.Status == ReservationStatus.Active)
            .SumAsync(r => (int?)r.Points, cancellationToken) ?? 0;

    public async Task<WalletSnapshot> ReadAsync(Guid userId, CancellationToken cancellationToken)
    {
        var balance = await ledger.BalanceAsync(userId, cancellationToken);
        var reserved = await ReservedAsync(userId, cancellationToken);
        var account = await db.PointsAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        var level = LevelStanding.Of(await ledger.LevelsAsync(cancellationToken), account?.Level ?? 1, account?.LifetimePoints ?? 0);
        return new WalletSnapshot(balance, reserved, Math.Max(0, balance - reserved), level);
    }

    /// <summary>The unspent credits (FIFO), oldest first.</summary>
    public async Task<IReadOnlyList<PointsLot>> LotsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.UserId == userId)
            .Select(e => new { e.OccurredAt, e.Points })
            .ToListAsync(cancellationToken);
        var reserved = await ReservedAsync(userId, cancellationToken);
        return PointsExpiry.Remaining(entries.Select(e => (e.OccurredAt, e.Points)), reserved, options.ExpireAfter);
    }
}

internal sealed record WalletSnapshot(int Balance, int Reserved, int Available, LevelStanding Level);
