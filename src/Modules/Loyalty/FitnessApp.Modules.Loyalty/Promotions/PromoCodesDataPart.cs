using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Shared.Web;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions;

/// <summary>
/// promo-code-redemptions.json. Erasure keeps each redemption without its user (the code's total still counts the use)
/// and deletes the athlete's per-code counts.
/// </summary>
internal sealed class PromoCodesDataPart(LoyaltyDbContext db) : ILoyaltyDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var redemptions = await db.PromoCodeRedemptions.AsNoTracking()
            .Where(r => r.UserId == userId)
            .Join(db.PromoCodes, r => r.PromoCodeId, c => c.Id, (r, c) => new { c.Code, r.OrderId, r.State, r.OrderAmount, r.Discount, r.Currency, r.Country, r.CreatedAt, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("promo-code-redemptions", redemptions
            .OrderBy(r => r.CreatedAt)
            .Select(r => new { r.Code, r.OrderId, State = WireNames.Of(r.State), r.OrderAmount, r.Discount, r.Currency, r.Country, r.CreatedAt, r.UpdatedAt })
            .ToList(), cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.PromoCodeRedemptions.Where(r => r.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, (Guid?)null), cancellationToken);
        await db.PromoCodeUsages.Where(u => u.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
