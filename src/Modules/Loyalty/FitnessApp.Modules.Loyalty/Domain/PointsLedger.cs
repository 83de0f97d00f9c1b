using FitnessApp.Modules.Loyalty.Contracts.Points;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Domain;

/// <summary>
/// The one way points move. Changes are tracked on the module's DbContext; the caller saves them in its unit of work
/// (an integration event handler's transaction or a request's save), so an entry, the account it moves and a level-up
/// event commit together or not at all.
/// </summary>
internal sealed class PointsLedger(LoyaltyDbContext db)
{
    /// <summary>
    /// Posts the entry unless the athlete already has one with the same <see cref="PointsPosting.SourceKey"/> (then null);
    /// zero points post nothing. Earning reasons move the lifetime points and may raise <see cref="LevelReached"/>.
    /// </summary>
    public async Task<LedgerEntry?> PostAsync(PointsPosting posting, DateTime now, CancellationToken cancellationToken)
    {
        if (posting.Points == 0 || await HasKeyAsync(posting.UserId, posting.SourceKey, cancellationToken))
        {
            return null;
        }

        var account = await AccountAsync(posting.UserId, now, cancellationToken);
        var entry = new LedgerEntry
        {
            UserId = posting.UserId,
            Points = posting.Points,
            Reason = posting.Reason,
            Source = posting.Source,
            SourceKey = posting.SourceKey,
            Subject = posting.Subject,
            Note = posting.Note is { Length: > LedgerEntry.NoteMaxLength } note ? note[..LedgerEntry.NoteMaxLength] : posting.Note,
            OccurredAt = now,
        };
        db.LedgerEntries.Add(entry);
        account.Version++;
        account.UpdatedAt = now;
        if (LedgerReasons.CountsTowardLevel(posting.Reason))
        {
            account.LifetimePoints = Math.Max(0, account.LifetimePoints + posting.Points);
            await RaiseLevelAsync(account, now, cancellationToken);
        }

        return entry;
    }

    /// <summary>The sum of the athlete's entries, including those tracked but not yet saved.</summary>
    public async Task<int> BalanceAsync(Guid userId, CancellationToken cancellationToken)
    {
        var stored = await db.LedgerEntries.Where(e => e.UserId == userId).SumAsync(e => (int?)e.Points, cancellationToken) ?? 0;
        var pending = db.ChangeTracker.Entries<LedgerEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.UserId == userId)
            .Sum(e => e.Entity.Points);
        return stored + pending;
    }

    /// <summary>The athlete's account, created (tracked, unsaved) on first use.</summary>
    public async Task<PointsAccount> AccountAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var account = db.PointsAccounts.Local.FirstOrDefault(a => a.UserId == userId)
            ?? await db.PointsAccounts.FirstOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        if (account is null)
        {
            account = new PointsAccount { UserId = userId, CreatedAt = now, UpdatedAt = now };
            db.PointsAccounts.Add(account);
        }

        return account;
    }

    public async Task<LevelTable> LevelsAsync(CancellationToken cancellationToken) =>
        new(await db.LevelDefinitions.AsNoTracking().ToListAsync(cancellationToken));

    private async Task<bool> HasKeyAsync(Guid userId, string key, CancellationToken cancellationToken) =>
        db.LedgerEntries.Local.Any(e => e.UserId == userId && e.SourceKey == key)
        || await db.LedgerEntries.AnyAsync(e => e.UserId == userId && e.SourceKey == key, cancellationToken);

    private async Task RaiseLevelAsync(PointsAccount account, DateTime now, CancellationToken cancellationToken)
    {
        var levels = await LevelsAsync(cancellationToken);
        if (levels.LevelFor(account.LifetimePoints) is not { } reached || reached.Number <= account.Level)
        {
            return;
        }

        account.Level = reached.Number;
        db.AddIntegrationEvent(new LevelReached(account.UserId, reached.Number, reached.NameEn, reached.NameRu, account.LifetimePoints) { OccurredAt = now }, now);
    }
}
