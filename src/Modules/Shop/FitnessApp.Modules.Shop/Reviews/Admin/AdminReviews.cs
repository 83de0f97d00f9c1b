using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews.Admin;

/// <summary>Builds <see cref="AdminReviewResponse"/>s for a set of reviews with three queries (products, audit, author names).</summary>
internal static class AdminReviews
{
    public static async Task<List<AdminReviewResponse>> ToResponsesAsync(
        ShopDbContext db, IMediator mediator, IReadOnlyList<ProductReview> reviews, CancellationToken cancellationToken)
    {
        var productIds = reviews.Select(r => r.ProductId).Distinct().ToList();
        var reviewIds = reviews.Select(r => r.Id).ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Slug, p.NameEn, p.NameRu })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var moderations = (await db.ReviewModerations.AsNoTracking().Where(m => reviewIds.Contains(m.ReviewId)).ToListAsync(cancellationToken))
            .OrderBy(m => m.At).ThenBy(m => m.Id)
            .ToLookup(m => m.ReviewId);
        var names = await ReviewAuthors.NamesAsync(mediator, reviews.Select(r => r.AuthorId), cancellationToken);
        return reviews.Select(r =>
        {
            var product = products[r.ProductId];
            return new AdminReviewResponse(
                r.Id, r.ProductId, product.Slug, CatalogLanguage.Pick(product.NameEn, product.NameRu), r.AuthorId, ReviewAuthors.Of(names, r.AuthorId),
                r.Rating, r.Title, r.Text, WireNames.Of(r.Status), r.CreatedAt, r.UpdatedAt,
                moderations[r.Id].Select(m => new ModerationEntry(WireNames.Of(m.Action), m.Reason, m.ActorId, m.At)).ToList());
        }).ToList();
    }
}
