using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Shared.Contracts.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions.ListPromoCodes;

internal sealed class ListPromoCodesHandler(LoyaltyDbContext db) : IRequestHandler<ListPromoCodes, Page<PromoCodeResponse>>
{
    public async Task<Page<PromoCodeResponse>> Handle(ListPromoCodes request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? ListPromoCodes.DefaultLimit;
        var query = db.PromoCodes.AsNoTracking();
        if (KeysetCursor.TryDecode(request.Cursor, out var cursor) && request.Cursor is not null)
        {
            query = query.Where(c => c.CreatedAt < cursor.At || (c.CreatedAt == cursor.At && c.Id.CompareTo(cursor.Id) < 0));
        }

        var codes = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = codes.Take(limit).ToList();
        var committed = await db.CommittedUsesAsync(page.Select(c => c.Id).ToList(), cancellationToken);
        var next = codes.Count > limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<PromoCodeResponse>(page.Select(c => PromoCodeResponse.From(c, committed.GetValueOrDefault(c.Id))).ToList(), next);
    }
}
