using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews.Admin.ModerateReview;

/// <summary>Operators hide a review from shoppers or restore it, with a reason; audited (who, when, why).</summary>
internal sealed record ModerateReview(Guid ReviewId, ModerationAction Action, string? Reason, Guid ActorId) : ICommand<AdminReviewResponse>;

internal sealed class ModerateReviewValidator : AbstractValidator<ModerateReview>
{
    public ModerateReviewValidator() =>
        RuleFor(r => r.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("'reason' must not be empty.")
            .Must(r => r is null || r.Trim().Length <= ReviewModeration.ReasonMaxLength)
            .WithMessage($"'reason' must be at most {ReviewModeration.ReasonMaxLength} characters.");
}

/// <summary>Locks the product, changes the status (409 when it already is so), writes the audit row and recomputes the figures.</summary>
internal sealed class ModerateReviewHandler(ShopDbContext db, ProductRatings ratings, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ModerateReview, AdminReviewResponse>
{
    public async Task<AdminReviewResponse> Handle(ModerateReview request, CancellationToken cancellationToken)
    {
        var productId = await db.ProductReviews.Where(r => r.Id == request.ReviewId).Select(r => (Guid?)r.ProductId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Review", request.ReviewId);
        await ratings.LockAsync(productId, activeOnly: false, cancellationToken);
        var review = await db.ProductReviews.SingleOrDefaultAsync(r => r.Id == request.ReviewId, cancellationToken)
            ?? throw new NotFoundException("Review", request.ReviewId);
        var target = request.Action == ModerationAction.Hide ? ReviewStatus.Hidden : ReviewStatus.Published;
        if (review.Status == target)
        {
            throw new ConflictException(
                $"The review is already {WireNames.Of(target)}.",
                new Dictionary<string, object?> { ["reviewStatus"] = WireNames.Of(review.Status) });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var reason = request.Reason!.Trim();
        review.Status = target;
        review.ModeratedAt = now;
        review.ModeratedBy = request.ActorId;
        review.ModerationReason = reason;
        db.ReviewModerations.Add(new ReviewModeration
        {
            Id = Guid.CreateVersion7(), ReviewId = review.Id, Action = request.Action, Reason = reason, ActorId = request.ActorId, At = now,
        });
        await ratings.RecomputeAsync(productId, cancellationToken);
        return (await AdminReviews.ToResponsesAsync(db, mediator, [review], cancellationToken))[0];
    }
}
