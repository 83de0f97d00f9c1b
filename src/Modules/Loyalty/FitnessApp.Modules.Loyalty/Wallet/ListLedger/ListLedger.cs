using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Loyalty.Wallet.ListLedger;

/// <summary>The athlete's ledger entries, newest first.</summary>
internal sealed record ListLedger(Guid UserId, string? Cursor, int Limit) : IQuery<Page<LedgerEntryResponse>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

/// <param name="Reason">The wire name of the reason (activity, redemption, expiry, ...).</param>
internal sealed record LedgerEntryResponse(Guid Id, int Points, string Reason, string Source, string? Subject, string? Note, DateTime OccurredAt);
