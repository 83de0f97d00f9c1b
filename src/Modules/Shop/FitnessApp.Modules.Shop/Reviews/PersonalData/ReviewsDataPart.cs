using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews.PersonalData;

/// <summary>
/// shop-reviews.json: the athlete's reviews (product, stars, words, status, dates). Erasure deletes them (their moderation
/// audit goes with them), takes an erased operator's id out of other reviews' audit, and recomputes the products' figures.
/// </summary>
internal sealed class ReviewsDataPart(ShopDbContext db, ProductRatings ratings) : IShopDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var reviews = await db.ProductReviews.AsNoTracking().Where(r => r.AuthorId == userId)
            .Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => new { Review = r, p.Slug, p.NameEn })
            .OrderBy(x => x.Review.CreatedAt)
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("shop-reviews", reviews.Select(x => new
        {
            x.Review.Id,
            Product = x.Slug,
            ProductName = x.NameEn,
            x.Review.Rating,
            x.Review.Title,
            x.Review.Text,
            Status = WireNames.Of(x.Review.Status),
            x.Review.CreatedAt,
            x.Review.UpdatedAt,
            x.Review.ModeratedAt,
            x.Review.ModerationReason,
        }).ToList(), cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        var products = await db.ProductReviews.Where(r => r.AuthorId == userId).Select(r => r.ProductId).Distinct().ToListAsync(cancellationToken);
        foreach (var productId in products.Order())
        {
            await ratings.LockAsync(productId, activeOnly: false, cancellationToken);
            await db.ProductReviews.Where(r => r.AuthorId == userId && r.ProductId == productId).ExecuteDeleteAsync(cancellationToken);
            await ratings.RecomputeAsync(productId, cancellationToken);
        }

        await db.ReviewModerations.Where(m => m.ActorId == userId).ExecuteUpdateAsync(s => s.SetProperty(m => m.ActorId, Guid.Empty), cancellationToken);
        await db.ProductReviews.Where(r => r.ModeratedBy == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ModeratedBy, (Guid?)null), cancellationToken);
    }
}
