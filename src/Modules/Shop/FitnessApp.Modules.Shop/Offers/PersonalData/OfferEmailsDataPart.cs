using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Offers.PersonalData;

/// <summary>shop-offer-emails.json: the weeks the athlete was sent the offers email (kept four weeks). Erasure deletes them.</summary>
internal sealed class OfferEmailsDataPart(ShopDbContext db) : IShopDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var sent = await db.OfferEmailsSent.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.WeekStart)
            .Select(s => new { s.WeekStart, s.SentAt }).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("shop-offer-emails", sent, cancellationToken);
    }

    public Task EraseAsync(Guid userId, CancellationToken cancellationToken) =>
        db.OfferEmailsSent.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
