using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Web;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.PersonalData;

/// <summary>points-ledger.json (every entry) and points-account.json (lifetime points and level).</summary>
internal sealed class PointsDataPart(LoyaltyDbContext db) : ILoyaltyDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var entries = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.UserId == userId)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new { e.Points, e.Reason, e.Source, e.Subject, e.Note, e.OccurredAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("points-ledger", entries.Select(e => new
        {
            e.Points,
            Reason = WireNames.Of(e.Reason),
            e.Source,
            e.Subject,
            e.Note,
            e.OccurredAt,
        }).ToList(), cancellationToken);

        var account = await db.PointsAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        await writer.WriteJsonAsync("points-account", new { account?.LifetimePoints, account?.Level }, cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.LedgerEntries.Where(e => e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.PointsAccounts.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
