using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Shared.Web;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Wallet;

/// <summary>points-reservations.json (the orders points were held for) and points-expiry-notices.json.</summary>
internal sealed class WalletDataPart(LoyaltyDbContext db) : ILoyaltyDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var reservations = await db.PointsReservations.AsNoTracking().Where(r => r.UserId == userId)
            .OrderBy(r => r.CreatedAt)
            .Select(r => new { r.OrderId, r.Points, r.Status, r.RefundedPoints, r.CreatedAt, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("points-reservations", reservations.Select(r => new
        {
            r.OrderId,
            r.Points,
            Status = WireNames.Of(r.Status),
            r.RefundedPoints,
            r.CreatedAt,
            r.UpdatedAt,
        }).ToList(), cancellationToken);

        var notices = await db.ExpiryNotices.AsNoTracking().Where(n => n.UserId == userId)
            .OrderBy(n => n.ExpiresOn)
            .Select(n => new { n.ExpiresOn, n.Points, n.SentAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("points-expiry-notices", notices, cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.PointsReservations.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ExpiryNotices.Where(n => n.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
