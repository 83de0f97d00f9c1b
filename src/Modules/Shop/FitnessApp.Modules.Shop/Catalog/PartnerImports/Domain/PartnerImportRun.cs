namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;

/// <summary>One import of a feed and its report: what was created, updated, left unchanged or rejected (and why).</summary>
internal sealed class PartnerImportRun
{
    public const int MaxRejectedKept = 500;
    public const int ErrorMaxLength = 1000;
    public const int FileNameMaxLength = 200;

    public Guid Id { get; init; }

    public Guid FeedId { get; init; }

    public ImportTrigger Trigger { get; init; }

    public ImportRunStatus Status { get; set; }

    public string? FileName { get; init; }

    public DateTime QueuedAt { get; init; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public int Rows { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Archived { get; set; }

    public int Rejected { get; set; }

    /// <summary>The first <see cref="MaxRejectedKept"/> rejected rows as a JSON array of <see cref="RejectedRow"/>.</summary>
    public string RejectedJson { get; set; } = "[]";

    public string? Error { get; set; }
}

internal sealed record RejectedRow(int Row, string? ExternalId, string? Sku, string Reason);

internal enum ImportTrigger
{
    Schedule,
    Manual,
    Upload,
}

internal enum ImportRunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,

    /// <summary>Another run held the feed: this one did nothing.</summary>
    Skipped,
}
