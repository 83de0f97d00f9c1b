using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Orders.ListMyOrders;

/// <summary>Orders newest first in keyset pages: one customer's (<paramref name="CustomerId"/>) or everyone's (operators).</summary>
internal sealed record ListOrders(Guid? CustomerId, string? Status, string? Cursor, int? Limit) : IQuery<Page<OrderSummary>>;

internal sealed class ListOrdersValidator : AbstractValidator<ListOrders>
{
    public const int MaxLimit = 100;

    public ListOrdersValidator()
    {
        RuleFor(r => r.Status).Must(s => s is null || WireNames.IsValid<OrderStatus>(s))
            .WithMessage($"'status' must be one of: {WireNames.Names<OrderStatus>()}.");
        RuleFor(r => r.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor this list returned.");
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit);
    }
}

internal sealed class ListOrdersHandler(ShopDbContext db) : IRequestHandler<ListOrders, Page<OrderSummary>>
{
    public const int DefaultLimit = 20;

    public async Task<Page<OrderSummary>> Handle(ListOrders request, CancellationToken cancellationToken)
    {
        var query = db.Orders.AsNoTracking();
        if (request.CustomerId is { } customerId)
        {
            query = query.Where(o => o.CustomerId == customerId);
        }

        if (request.Status is not null)
        {
            var status = WireNames.Parse<OrderStatus>(request.Status);
            query = query.Where(o => o.Status == status);
        }

        if (KeysetCursor.TryDecode(request.Cursor, out var cursor))
        {
            query = query.Where(o => o.PlacedAt < cursor.At || (o.PlacedAt == cursor.At && o.Id.CompareTo(cursor.Id) < 0));
        }

        var limit = request.Limit ?? DefaultLimit;
        var rows = await query.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id).Take(limit + 1)
            .Select(o => new { o.Id, o.CustomerId, o.Status, o.PaymentMethod, o.TotalMinor, o.Currency, Items = o.Lines.Sum(l => l.Quantity), o.PlacedAt })
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit)
            .Select(o => new OrderSummary(o.Id, o.CustomerId, WireNames.Of(o.Status), WireNames.Of(o.PaymentMethod), Money.ToDecimal(o.TotalMinor), o.Currency, o.Items, o.PlacedAt))
            .ToList();
        var next = rows.Count > limit ? new KeysetCursor(items[^1].PlacedAt, items[^1].Id).Encode() : null;
        return new Page<OrderSummary>(items, next);
    }
}
