using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews.SaveMyReview;

/// <summary>
/// Locks the product first (so concurrent reviews of it queue and the customer's one review cannot be created twice), checks
/// that the customer received it, creates or edits the review (a new one is published at once; an edited one keeps its
/// status, so editing does not undo a moderator's hiding) and recomputes the product's figures, all in the command's transaction.
/// </summary>
internal sealed class SaveMyReviewHandler(ShopDbContext db, ProductRatings ratings, TimeProvider clock) : IRequestHandler<SaveMyReview, OwnReviewResponse>
{
    public async Task<OwnReviewResponse> Handle(SaveMyReview request, CancellationToken cancellationToken)
    {
        if (!await ratings.LockAsync(request.ProductId, activeOnly: true, cancellationToken))
        {
            throw new NotFoundException("Product", request.ProductId);
        }

        if (!await ReviewEligibility.HasReceivedAsync(db, request.UserId, request.ProductId, cancellationToken))
        {
            throw new ForbiddenException(ReviewEligibility.NotDeliveredMessage);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var title = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim();
        var text = request.Text!.Trim();
        var review = await db.ProductReviews.SingleOrDefaultAsync(r => r.ProductId == request.ProductId && r.AuthorId == request.UserId, cancellationToken);
        if (review is null)
        {
            review = new ProductReview
            {
                Id = Guid.CreateVersion7(),
                ProductId = request.ProductId,
                AuthorId = request.UserId,
                Rating = request.Rating!.Value,
                Title = title,
                Text = text,
                Status = ReviewStatus.Published,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.ProductReviews.Add(review);
        }
        else if (review.Rating != request.Rating || review.Title != title || review.Text != text)
        {
            review.Rating = request.Rating!.Value;
            review.Title = title;
            review.Text = text;
            review.UpdatedAt = now;
        }

        await ratings.RecomputeAsync(request.ProductId, cancellationToken);
        return OwnReviewResponse.From(review);
    }
}
