namespace FitnessApp.Modules.Social.Notifications;

/// <summary>
/// Something the recipient should know about. The text is rendered when shown, in the reader's language, from the kind,
/// the actor's current name and <see cref="Excerpt"/>; <see cref="Link"/> is the portal address it leads to.
/// </summary>
internal sealed class Notification
{
    public const int ExcerptMaxLength = 200;
    public const int LinkMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RecipientId { get; init; }

    public NotificationKind Kind { get; init; }

    /// <summary>Who did it (the new follower, the commenter); null for system notices such as event reminders.</summary>
    public Guid? ActorId { get; init; }

    /// <summary>What it is about (an activity, a comment, a group, an event, a report), for de-duplication and clean-up.</summary>
    public Guid? SubjectId { get; init; }

    /// <summary>A short quote (a comment's first words, a group's name).</summary>
    public string? Excerpt { get; init; }

    public string Link { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime? ReadAt { get; set; }

    /// <summary>When the email job dealt with it (sent, or skipped: see <see cref="EmailSkipped"/>); null while waiting.</summary>
    public DateTime? EmailedAt { get; set; }

    /// <summary>No email went out: the kind has no email, the recipient switched it off, or it was read or old first.</summary>
    public bool EmailSkipped { get; set; }

    /// <summary>The run of the email job that claimed it (a lease that expires, so a crashed run's rows are taken again).</summary>
    public Guid? EmailBatchId { get; set; }

    public DateTime? EmailClaimedAt { get; set; }
}
