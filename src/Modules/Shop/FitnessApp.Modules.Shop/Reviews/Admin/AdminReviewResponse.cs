namespace FitnessApp.Modules.Shop.Reviews.Admin;

/// <summary>A review as operators see it: any status, its product and author, and who moderated it, when and why.</summary>
internal sealed record AdminReviewResponse(
    Guid Id,
    Guid ProductId,
    string ProductSlug,
    string ProductName,
    Guid AuthorId,
    string AuthorName,
    int Rating,
    string? Title,
    string Text,
    string Status,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<ModerationEntry> Moderations);

/// <summary>One decision of the audit, oldest first.</summary>
internal sealed record ModerationEntry(string Action, string Reason, Guid ActorId, DateTime At);
