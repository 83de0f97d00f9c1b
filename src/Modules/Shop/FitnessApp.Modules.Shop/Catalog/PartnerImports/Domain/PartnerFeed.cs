namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;

/// <summary>
/// A partner's catalog feed: where to fetch it (or uploads only when <see cref="Url"/> is null), its format and how often
/// it runs. Its <see cref="Code"/> becomes the imported products' <c>Source</c>.
/// </summary>
internal sealed class PartnerFeed
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 100;
    public const int UrlMaxLength = 500;
    public const int MinIntervalHours = 1;
    public const int MaxIntervalHours = 168;

    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    public FeedFormat Format { get; set; }

    public string? Url { get; set; }

    /// <summary>The schedule: the feed is fetched every this many hours (1 to 168) while enabled and it has a URL.</summary>
    public int IntervalHours { get; set; }

    public bool Enabled { get; set; }

    public Guid? DefaultCategoryId { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? LastRunAt { get; set; }

    /// <summary>The run holding the feed (claimed by a conditional update, so that two runs never import at once).</summary>
    public Guid? RunningRunId { get; set; }

    public DateTime? RunningSince { get; set; }

    public bool IsDue(DateTime now) =>
        Enabled && Url is not null && (LastRunAt is null || LastRunAt.Value.AddHours(IntervalHours) <= now);
}

internal enum FeedFormat
{
    Csv,
    Json,
}
