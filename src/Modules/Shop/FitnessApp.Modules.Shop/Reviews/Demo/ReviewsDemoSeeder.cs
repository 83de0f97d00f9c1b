using System.Security.Cryptography;
using System.Text;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shop.Catalog.Demo;
using FitnessApp.Modules.Shop.Checkout;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Reviews.Demo;

/// <summary>
/// Some reviews, written the way the rule allows: each of the first demo athletes gets a delivered cash-on-delivery order of one
/// variant of each product they review (stock taken through <see cref="StockLedger"/>, the line a snapshot of the variant, the
/// totals by <see cref="OrderTotals"/>), then their review, and the product's figures are recomputed. Idempotent: the order's
/// key is <c>demo-review:{product id}</c>, the review is unique per athlete and product. No integration events are written:
/// these orders are history, not new sales (no purchase points, no notifications).
/// </summary>
internal sealed class ReviewsDemoSeeder(
    ShopDbContext db, StockLedger ledger, ProductRatings ratings, TimeProvider clock,
    IOptions<ShopOptions> shop, IOptions<PointsOptions> points, IOptions<ShippingOptions> shipping) : IDemoSeeder
{
    public const string KeyPrefix = "demo-review:";

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var athletes = context.Athletes.Take(ReviewsDemoData.Athletes).ToList();
        for (var a = 0; a < athletes.Count; a++)
        {
            var review = 0;
            foreach (var demo in ReviewsDemoData.ByAthlete[a])
            {
                var slug = CatalogDemoSeeder.Slug(CatalogDemoData.Models[demo.Model]);
                var product = await db.Products.AsNoTracking().Include(p => p.Skus).SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
                if (product is not null)
                {
                    var placed = now.AddDays(-30 + (a * 3) + review);
                    await SeedOneAsync(athletes[a], product, demo, placed, cancellationToken);
                }

                review++;
            }
        }
    }

    private async Task SeedOneAsync(DemoAthlete athlete, Product product, ReviewsDemoData.DemoReview demo, DateTime placed, CancellationToken cancellationToken)
    {
        if (await db.ProductReviews.AnyAsync(r => r.ProductId == product.Id && r.AuthorId == athlete.UserId, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ratings.LockAsync(product.Id, activeOnly: false, cancellationToken);
        if (!await ReviewEligibility.HasReceivedAsync(db, athlete.UserId, product.Id, cancellationToken)
            && !await PlaceDeliveredOrderAsync(athlete, product, placed, cancellationToken))
        {
            return;
        }

        var written = placed.AddDays(6);
        db.ProductReviews.Add(new ProductReview
        {
            Id = Guid.CreateVersion7(),
            ProductId = product.Id,
            AuthorId = athlete.UserId,
            Rating = demo.Rating,
            Title = demo.Title,
            Text = demo.Text,
            Status = ReviewStatus.Published,
            CreatedAt = written,
            UpdatedAt = written,
        });
        await ratings.RecomputeAsync(product.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>False when no variant of the product has a unit left (nothing is stored then).</summary>
    private async Task<bool> PlaceDeliveredOrderAsync(DemoAthlete athlete, Product product, DateTime placed, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + product.Id.ToString("N");
        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            CustomerId = athlete.UserId,
            IdempotencyKey = key,
            RequestHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
            Status = OrderStatus.Delivered,
            PaymentMethod = PaymentMethod.CashOnDelivery,
            Currency = shop.Value.Currency,
            ShipName = athlete.DisplayName,
            ShipLine1 = "Demo street 1",
            ShipCity = "Berlin",
            ShipPostalCode = "10115",
            ShipCountry = "DE",
            PlacedAt = placed,
            UpdatedAt = placed.AddDays(4),
        };
        foreach (var sku in product.Skus.Where(s => s.Active).OrderBy(s => s.Position))
        {
            if (await ledger.TryTakeAsync(sku.Id, 1, new StockChange(StockChangeReason.OrderReserved, placed, order.Id.ToString(), athlete.UserId), cancellationToken))
            {
                order.Lines.Add(new OrderLine
                {
                    Id = Guid.CreateVersion7(), OrderId = order.Id, SkuId = sku.Id, ProductId = product.Id, SkuCode = sku.Code,
                    ProductNameEn = product.NameEn, ProductNameRu = product.NameRu, Size = sku.Size, Colour = sku.Colour,
                    UnitPriceMinor = sku.PriceMinor, Quantity = 1, LineTotalMinor = sku.PriceMinor,
                });
                break;
            }
        }

        if (order.Lines.Count == 0)
        {
            return false;
        }

        var totals = OrderTotals.Compute(order.Lines[0].LineTotalMinor, 0, 0, points.Value, shipping.Value)!;
        order.SubtotalMinor = totals.SubtotalMinor;
        order.ShippingMinor = totals.ShippingMinor;
        order.TotalMinor = totals.TotalMinor;
        order.PaidMinor = totals.TotalMinor;
        order.ShippedAt = placed.AddDays(1);
        order.DeliveredAt = placed.AddDays(4);
        order.PaidAt = order.DeliveredAt;
        order.TrackingNumber = $"DEMO{order.Id.ToString("N")[..10].ToUpperInvariant()}";
        db.Orders.Add(order);
        return true;
    }
}
