namespace FitnessApp.Modules.Loyalty.Domain;

/// <summary>What to write to the ledger; see <see cref="LedgerEntry"/> for the fields.</summary>
internal sealed record PointsPosting(
    Guid UserId,
    int Points,
    LedgerReason Reason,
    string Source,
    string SourceKey,
    string? Subject = null,
    string? Note = null);
