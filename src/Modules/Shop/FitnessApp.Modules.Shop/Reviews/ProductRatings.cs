using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews;

/// <summary>
/// Keeps <see cref="Product.RatingAverage"/> and <see cref="Product.RatingCount"/> equal to the product's published reviews.
/// Every change of a review first <see cref="LockAsync">locks the product row</see> (a no-op UPDATE as the transaction's first
/// write: PostgreSQL holds the row until commit, SQLite takes its write lock), so concurrent reviews of one product run one
/// after the other, and each <see cref="RecomputeAsync">recomputes from the rows</see> it can then see, committed and its own.
/// </summary>
internal sealed class ProductRatings(ShopDbContext db)
{
    /// <summary>Locks the product for the rest of the transaction; false when there is no such product (or not on sale).</summary>
    public async Task<bool> LockAsync(Guid productId, bool activeOnly, CancellationToken cancellationToken)
    {
        var products = db.Products.Where(p => p.Id == productId);
        if (activeOnly)
        {
            products = products.Where(p => p.Status == ProductStatus.Active);
        }

        return await products.ExecuteUpdateAsync(s => s.SetProperty(p => p.RatingCount, p => p.RatingCount), cancellationToken) == 1;
    }

    /// <summary>Saves pending changes, then writes the figures of the published reviews onto the product.</summary>
    public async Task<RatingSummary> RecomputeAsync(Guid productId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var summary = await SummaryAsync(db, productId, cancellationToken);
        await db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(
            s => s.SetProperty(p => p.RatingAverage, summary.Average).SetProperty(p => p.RatingCount, summary.Count),
            cancellationToken);
        return summary;
    }

    public static async Task<RatingSummary> SummaryAsync(ShopDbContext db, Guid productId, CancellationToken cancellationToken)
    {
        var counts = await db.ProductReviews.Where(r => r.ProductId == productId && r.Status == ReviewStatus.Published)
            .GroupBy(r => r.Rating)
            .Select(g => new { Stars = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Stars, g => g.Count, cancellationToken);
        return RatingSummary.From(counts);
    }
}
