namespace FitnessApp.Modules.Shop.Reviews;

/// <summary>
/// A customer's stars and words about a product they received: one per (product, author), edited in place. Published at
/// once and moderated after (hidden reviews leave the product's figures and lists); see ADR 0019's reviews addendum.
/// </summary>
internal sealed class ProductReview
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int TitleMaxLength = 120;
    public const int TextMaxLength = 4000;

    public Guid Id { get; init; }

    public Guid ProductId { get; init; }

    public Guid AuthorId { get; set; }

    public int Rating { get; set; }

    public string? Title { get; set; }

    public required string Text { get; set; }

    public ReviewStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The last moderation (the full history is in <see cref="ReviewModeration"/>).</summary>
    public DateTime? ModeratedAt { get; set; }

    public Guid? ModeratedBy { get; set; }

    public string? ModerationReason { get; set; }
}

/// <summary>Whether shoppers see a review (wire names camelCase).</summary>
internal enum ReviewStatus
{
    Published,
    Hidden,
}
