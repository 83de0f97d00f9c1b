namespace FitnessApp.Modules.Support.Feedback;

internal sealed record FeedbackResponse(Guid Id, string Category, string Text, DateTime CreatedAt);

/// <summary>Feedback as operators read it, with its author.</summary>
internal sealed record FeedbackItemResponse(Guid Id, string Category, string Text, DateTime CreatedAt, Guid AuthorId, string? AuthorName);
