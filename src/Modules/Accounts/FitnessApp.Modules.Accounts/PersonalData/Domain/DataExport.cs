namespace FitnessApp.Modules.Accounts.PersonalData.Domain;

/// <summary>One export an athlete asked for; its zip is a <see cref="DataExportArchive"/> while it is downloadable.</summary>
internal sealed class DataExport
{
    public const int ErrorMaxLength = 1000;

    /// <summary>How long a ready export can be downloaded.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>A queued or running export older than this is given up (its host died): the athlete may ask again.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary><see cref="ExportStatuses"/>.</summary>
    public required string Status { get; set; }

    public DateTime RequestedAt { get; init; }

    public DateTime? StartedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>Until when the ready zip can be downloaded.</summary>
    public DateTime? ExpiresAt { get; set; }

    public long? SizeBytes { get; set; }

    public int? FileCount { get; set; }

    public string? Error { get; set; }

    /// <summary>What the athlete sees: a ready export past <see cref="ExpiresAt"/> is expired even before the cleanup ran.</summary>
    public string StatusAt(DateTime now) =>
        Status == ExportStatuses.Ready && ExpiresAt <= now ? ExportStatuses.Expired : Status;
}

internal static class ExportStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Ready = "ready";
    public const string Failed = "failed";
    public const string Expired = "expired";

    public const int MaxLength = 20;
}
