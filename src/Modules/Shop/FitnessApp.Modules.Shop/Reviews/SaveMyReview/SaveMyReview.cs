using FitnessApp.Modules.Shared.Contracts.Messaging;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Reviews.SaveMyReview;

/// <summary>Creates or edits the customer's one review of a product they received (1..5 stars, an optional title, a text).</summary>
internal sealed record SaveMyReview(Guid UserId, Guid ProductId, int? Rating, string? Title, string? Text) : ICommand<OwnReviewResponse>;

internal sealed class SaveMyReviewValidator : AbstractValidator<SaveMyReview>
{
    public SaveMyReviewValidator()
    {
        RuleFor(r => r.Rating).NotNull().InclusiveBetween(ProductReview.MinRating, ProductReview.MaxRating);
        RuleFor(r => r.Title).Must(t => t is null || t.Trim().Length <= ProductReview.TitleMaxLength)
            .WithMessage($"'title' must be at most {ProductReview.TitleMaxLength} characters.");
        RuleFor(r => r.Text).Must(t => !string.IsNullOrWhiteSpace(t))
            .WithMessage("'text' must not be empty.")
            .Must(t => t is null || t.Trim().Length <= ProductReview.TextMaxLength)
            .WithMessage($"'text' must be at most {ProductReview.TextMaxLength} characters.");
    }
}
