using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews.ListProductReviews;

/// <summary>An active product's published reviews, newest first in keyset pages, optionally of one star count; with the figures.</summary>
internal sealed record ListProductReviews(Guid ProductId, string? Rating, string? Cursor, int? Limit) : IQuery<ProductReviewsResponse>;

/// <summary>One page of reviews and, for the whole product, the count, the average and the distribution (stars 5..1).</summary>
internal sealed record ProductReviewsResponse(IReadOnlyList<ReviewResponse> Items, string? NextCursor, int Count, double Average, IReadOnlyList<RatingBucket> Distribution);

internal sealed class ListProductReviewsValidator : AbstractValidator<ListProductReviews>
{
    public const int MaxLimit = 50;

    public ListProductReviewsValidator()
    {
        RuleFor(r => r.Rating).Must(r => r is null || ListProductReviewsHandler.ParseRating(r) is not null)
            .WithMessage($"'rating' must be a whole number of stars from {ProductReview.MinRating} to {ProductReview.MaxRating}.");
        RuleFor(r => r.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor this list returned.");
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit);
    }
}

internal sealed class ListProductReviewsHandler(ShopDbContext db, IMediator mediator) : IRequestHandler<ListProductReviews, ProductReviewsResponse>
{
    public const int DefaultLimit = 10;

    public async Task<ProductReviewsResponse> Handle(ListProductReviews request, CancellationToken cancellationToken)
    {
        if (!await db.Products.AnyAsync(p => p.Id == request.ProductId && p.Status == ProductStatus.Active, cancellationToken))
        {
            throw new NotFoundException("Product", request.ProductId);
        }

        var query = db.ProductReviews.AsNoTracking().Where(r => r.ProductId == request.ProductId && r.Status == ReviewStatus.Published);
        if (ParseRating(request.Rating) is { } stars)
        {
            query = query.Where(r => r.Rating == stars);
        }

        if (KeysetCursor.TryDecode(request.Cursor, out var cursor))
        {
            query = query.Where(r => r.CreatedAt < cursor.At || (r.CreatedAt == cursor.At && r.Id.CompareTo(cursor.Id) < 0));
        }

        var limit = request.Limit ?? DefaultLimit;
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var names = await ReviewAuthors.NamesAsync(mediator, page.Select(r => r.AuthorId), cancellationToken);
        var items = page.Select(r => new ReviewResponse(r.Id, r.ProductId, ReviewAuthors.Of(names, r.AuthorId), r.Rating, r.Title, r.Text, r.CreatedAt, r.UpdatedAt)).ToList();
        var next = rows.Count > limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        var summary = await ProductRatings.SummaryAsync(db, request.ProductId, cancellationToken);
        return new ProductReviewsResponse(items, next, summary.Count, summary.Average, summary.Distribution);
    }

    public static int? ParseRating(string? rating) =>
        int.TryParse(rating, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var stars)
        && stars is >= ProductReview.MinRating and <= ProductReview.MaxRating
            ? stars
            : null;
}
