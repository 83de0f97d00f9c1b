using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Stock;

/// <summary>Operators: the audit of a variant's stock, newest first: change, stock after (and before), reason, who, when.</summary>
internal sealed record ListStockMovements(Guid SkuId, string? Cursor, int? Limit) : IQuery<Page<StockMovementResponse>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed record StockMovementResponse(
    Guid Id, int Delta, int StockBefore, int StockAfter, string Reason, string? Reference, Guid? ActorId, string? Note, DateTime OccurredAt);

internal sealed class ListStockMovementsValidator : AbstractValidator<ListStockMovements>
{
    public ListStockMovementsValidator()
    {
        RuleFor(r => r.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor this list gave.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ListStockMovements.MaxLimit);
    }
}

internal sealed class ListStockMovementsHandler(ShopDbContext db) : IRequestHandler<ListStockMovements, Page<StockMovementResponse>>
{
    public async Task<Page<StockMovementResponse>> Handle(ListStockMovements request, CancellationToken cancellationToken)
    {
        if (!await db.Skus.AnyAsync(s => s.Id == request.SkuId, cancellationToken))
        {
            throw new NotFoundException("Variant", request.SkuId);
        }

        var limit = request.Limit ?? ListStockMovements.DefaultLimit;
        var query = db.StockMovements.AsNoTracking().Where(m => m.SkuId == request.SkuId);
        if (request.Cursor is not null && KeysetCursor.TryDecode(request.Cursor, out var cursor))
        {
            query = query.Where(m => m.OccurredAt < cursor.At || (m.OccurredAt == cursor.At && m.Id.CompareTo(cursor.Id) < 0));
        }

        var rows = await query.OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new KeysetCursor(page[^1].OccurredAt, page[^1].Id).Encode() : null;
        return new Page<StockMovementResponse>(
            page.Select(m => new StockMovementResponse(
                m.Id, m.Delta, m.StockAfter - m.Delta, m.StockAfter, WireNames.Of(m.Reason), m.Reference, m.ActorId, m.Note, m.OccurredAt)).ToList(),
            next);
    }
}
