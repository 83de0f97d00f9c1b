using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Shop.Reviews;

/// <summary>
/// The signed-in customer and one product: whether they may review it (<see cref="Reason"/> says why not) and their review,
/// if any, with its status (a hidden review stays visible to its author, with the operator's reason).
/// </summary>
internal sealed record MyReviewResponse(bool CanReview, string? Reason, OwnReviewResponse? Review);

internal sealed record OwnReviewResponse(
    Guid Id, Guid ProductId, int Rating, string? Title, string Text, string Status, DateTime CreatedAt, DateTime UpdatedAt, string? ModerationReason)
{
    public static OwnReviewResponse From(ProductReview review) =>
        new(review.Id, review.ProductId, review.Rating, review.Title, review.Text, WireNames.Of(review.Status), review.CreatedAt, review.UpdatedAt,
            review.Status == ReviewStatus.Hidden ? review.ModerationReason : null);
}
