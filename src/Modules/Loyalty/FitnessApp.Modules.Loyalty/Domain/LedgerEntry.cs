namespace FitnessApp.Modules.Loyalty.Domain;

/// <summary>
/// One credit (positive) or debit (negative) of an athlete's points. Entries are never changed or deleted (except by an
/// erasure): a correction is a new entry. The balance is the sum of an athlete's entries.
/// </summary>
internal sealed class LedgerEntry
{
    public const int SourceMaxLength = 30;
    public const int KeyMaxLength = 200;
    public const int NoteMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public int Points { get; init; }

    public LedgerReason Reason { get; init; }

    /// <summary>The module whose fact caused the entry: Training, Devices, Social, Shop, Loyalty.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// Unique per athlete: the idempotency key (e.g. the integration event id, <c>order:{id}:commit</c>); posting the same key
    /// twice keeps the first entry only.
    /// </summary>
    public required string SourceKey { get; init; }

    /// <summary>What the entry is about, to find every entry of one thing (e.g. <c>activity:{id}</c>, <c>order:{id}</c>).</summary>
    public string? Subject { get; init; }

    /// <summary>A short explanation for the athlete (e.g. the activity's sport and distance, a challenge's title).</summary>
    public string? Note { get; init; }

    public DateTime OccurredAt { get; init; }
}
