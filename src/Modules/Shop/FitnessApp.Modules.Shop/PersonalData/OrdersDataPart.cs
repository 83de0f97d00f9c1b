using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.PersonalData;

/// <summary>
/// shop-cart.json and shop-orders.json (lines, amounts, address, status dates). Erasure deletes the cart and anonymises the
/// orders rather than deleting them: the shop must keep its sales and stock history, but nothing in it may lead back to the
/// person (the orders move to a random customer id, the address is wiped, the athlete's id leaves the stock audit).
/// </summary>
internal sealed class OrdersDataPart(ShopDbContext db) : IShopDataPart
{
    public const string Erased = "erased";

    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var cart = await db.CartItems.AsNoTracking().Where(i => i.UserId == userId)
            .Join(db.Skus, i => i.SkuId, s => s.Id, (i, s) => new { Sku = s.Code, i.Quantity, i.AddedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("shop-cart", cart, cancellationToken);

        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Refunds)
            .Where(o => o.CustomerId == userId)
            .OrderBy(o => o.PlacedAt)
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("shop-orders", orders.Select(o => new
        {
            o.Id,
            Status = WireNames.Of(o.Status),
            PaymentMethod = WireNames.Of(o.PaymentMethod),
            o.Currency,
            Subtotal = Money.ToDecimal(o.SubtotalMinor),
            Discount = Money.ToDecimal(o.DiscountMinor),
            o.PromoCode,
            o.PointsUsed,
            Shipping = Money.ToDecimal(o.ShippingMinor),
            Total = Money.ToDecimal(o.TotalMinor),
            Refunded = Money.ToDecimal(o.RefundedMinor),
            Address = new { o.ShipName, o.ShipLine1, o.ShipLine2, o.ShipCity, o.ShipPostalCode, o.ShipCountry },
            o.TrackingNumber,
            o.PlacedAt,
            o.PaidAt,
            o.ShippedAt,
            o.DeliveredAt,
            o.CancelledAt,
            Lines = o.Lines.Select(l => new { l.SkuCode, l.ProductNameEn, l.Size, l.Colour, UnitPrice = Money.ToDecimal(l.UnitPriceMinor), l.Quantity, l.ReturnedQuantity }),
            Refunds = o.Refunds.Select(r => new { Amount = Money.ToDecimal(r.AmountMinor), r.PointsReturned, r.CreatedAt }),
        }).ToList(), cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.CartItems.Where(i => i.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var anonymous = Guid.NewGuid();
        await db.Orders.Where(o => o.CustomerId == userId).ExecuteUpdateAsync(
            s => s.SetProperty(o => o.CustomerId, anonymous)
                .SetProperty(o => o.ShipName, Erased)
                .SetProperty(o => o.ShipLine1, Erased)
                .SetProperty(o => o.ShipLine2, (string?)null)
                .SetProperty(o => o.ShipCity, Erased)
                .SetProperty(o => o.ShipPostalCode, Erased),
            cancellationToken);
        await db.StockMovements.Where(m => m.ActorId == userId).ExecuteUpdateAsync(s => s.SetProperty(m => m.ActorId, (Guid?)null), cancellationToken);
        await db.OrderRefunds.Where(r => r.ActorId == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ActorId, Guid.Empty), cancellationToken);
    }
}
