namespace FitnessApp.Modules.Support.Domain;

/// <summary>A one-way message to the team: no conversation, no status.</summary>
internal sealed class FeedbackEntry
{
    public const int TextMaxLength = 5000;

    public Guid Id { get; init; }

    public Guid AuthorId { get; init; }

    public FeedbackCategory Category { get; init; }

    public string Text { get; init; } = "";

    public DateTime CreatedAt { get; init; }
}
