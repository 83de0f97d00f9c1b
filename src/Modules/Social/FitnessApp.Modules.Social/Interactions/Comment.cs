namespace FitnessApp.Modules.Social.Interactions;

/// <summary>A comment on an activity. Its author edits or deletes it; the activity's owner may delete it too.</summary>
internal sealed class Comment
{
    public const int TextMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ActivityId { get; init; }

    /// <summary>The activity's owner, copied so that "the owner may delete" and clean-ups need no call to Training.</summary>
    public Guid ActivityOwnerId { get; init; }

    public Guid AuthorId { get; init; }

    public string Text { get; set; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; set; }

    /// <summary>Set by a moderator: shown to nobody but its author.</summary>
    public DateTime? HiddenAt { get; set; }
}
