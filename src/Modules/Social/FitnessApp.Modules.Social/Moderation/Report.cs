namespace FitnessApp.Modules.Social.Moderation;

/// <summary>
/// An athlete's report of something they saw. One open report per reporter and target; an operator resolves every open
/// report on a target together.
/// </summary>
internal sealed class Report
{
    public const int TextMaxLength = 1000;
    public const int NoteMaxLength = 1000;
    public const int DescriptionMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ReporterId { get; set; }

    public ReportTarget Target { get; init; }

    public Guid TargetId { get; init; }

    /// <summary>Who posted or owns the target when it was reported (the one warned or suspended).</summary>
    public Guid TargetOwnerId { get; set; }

    public ReportReason Reason { get; init; }

    public string? Text { get; set; }

    public ReportStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ResolvedAt { get; set; }

    public Guid? ResolvedBy { get; set; }

    public ModerationAction? Action { get; set; }

    /// <summary>The operator's note, for operators only: the reporter is told the outcome, never the note.</summary>
    public string? Note { get; set; }
}
