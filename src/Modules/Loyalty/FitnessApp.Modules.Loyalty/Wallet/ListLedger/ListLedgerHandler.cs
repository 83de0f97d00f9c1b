using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Wallet.ListLedger;

internal sealed class ListLedgerHandler(LoyaltyDbContext db) : IRequestHandler<ListLedger, Page<LedgerEntryResponse>>
{
    public async Task<Page<LedgerEntryResponse>> Handle(ListLedger request, CancellationToken cancellationToken)
    {
        var query = db.LedgerEntries.AsNoTracking().Where(e => e.UserId == request.UserId);
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(e => e.OccurredAt < after.At || (e.OccurredAt == after.At && e.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(request.Limit + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(request.Limit)
            .Select(e => new LedgerEntryResponse(e.Id, e.Points, WireNames.Of(e.Reason), e.Source, e.Subject, e.Note, e.OccurredAt))
            .ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(rows[request.Limit - 1].OccurredAt, rows[request.Limit - 1].Id).Encode() : null;
        return new Page<LedgerEntryResponse>(items, next);
    }
}
