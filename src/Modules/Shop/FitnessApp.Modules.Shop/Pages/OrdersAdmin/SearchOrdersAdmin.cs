using System.Globalization;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Pages.OrdersAdmin;

/// <summary>
/// The operators' order list: newest first in keyset pages, optionally of one <paramref name="Status"/> and matching
/// <paramref name="Search"/> (the start of an order id, a customer's name, or the name on the address), with the count and
/// amounts of everything that matches.
/// </summary>
internal sealed record SearchOrdersAdmin(OrderStatus? Status, string? Search, string? Cursor, int Limit = SearchOrdersAdmin.PageSize)
    : IQuery<OrdersAdminResult>
{
    public const int PageSize = 25;
    public const int MaxCustomerMatches = 50;
}

internal sealed record OrdersAdminResult(IReadOnlyList<OrdersAdminRow> Items, string? NextCursor, int Count, long TotalMinor, long RefundedMinor);

internal sealed record OrdersAdminRow(
    Guid Id, Guid CustomerId, string CustomerName, OrderStatus Status, PaymentMethod PaymentMethod, long TotalMinor, long RefundedMinor,
    string Currency, int Items, DateTime PlacedAt);

internal sealed class SearchOrdersAdminHandler(ShopDbContext db, IMediator mediator) : IRequestHandler<SearchOrdersAdmin, OrdersAdminResult>
{
    public async Task<OrdersAdminResult> Handle(SearchOrdersAdmin request, CancellationToken cancellationToken)
    {
        var query = db.Orders.AsNoTracking();
        if (request.Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = request.Search.Trim();
            var lowered = text.ToLowerInvariant();
            var customers = (await mediator.Send(new SearchAthletes(text, null, SearchOrdersAdmin.MaxCustomerMatches, null), cancellationToken))
                .Select(a => a.UserId).ToList();
            if (OrderIdRange.TryParse(text, out var low, out var high))
            {
                query = query.Where(o => (o.Id.CompareTo(low) >= 0 && o.Id.CompareTo(high) <= 0)
                    || customers.Contains(o.CustomerId) || o.ShipName.ToLower().Contains(lowered));
            }
            else
            {
                query = query.Where(o => customers.Contains(o.CustomerId) || o.ShipName.ToLower().Contains(lowered));
            }
        }

        var count = await query.CountAsync(cancellationToken);
        var total = count == 0 ? 0 : await query.SumAsync(o => o.TotalMinor, cancellationToken);
        var refunded = count == 0 ? 0 : await query.SumAsync(o => o.RefundedMinor, cancellationToken);
        if (KeysetCursor.TryDecode(request.Cursor, out var cursor))
        {
            query = query.Where(o => o.PlacedAt < cursor.At || (o.PlacedAt == cursor.At && o.Id.CompareTo(cursor.Id) < 0));
        }

        var rows = await query.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id).Take(request.Limit + 1)
            .Select(o => new { o.Id, o.CustomerId, o.ShipName, o.Status, o.PaymentMethod, o.TotalMinor, o.RefundedMinor, o.Currency, Items = o.Lines.Sum(l => l.Quantity), o.PlacedAt })
            .ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var names = page.Count == 0
            ? new Dictionary<Guid, string>()
            : (await mediator.Send(new GetAthleteProfiles(page.Select(o => o.CustomerId).Distinct().ToList()), cancellationToken))
                .ToDictionary(p => p.UserId, p => p.DisplayName);
        var items = page.Select(o => new OrdersAdminRow(
                o.Id, o.CustomerId, names.GetValueOrDefault(o.CustomerId) ?? o.ShipName, o.Status, o.PaymentMethod, o.TotalMinor,
                o.RefundedMinor, o.Currency, o.Items, o.PlacedAt))
            .ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(items[^1].PlacedAt, items[^1].Id).Encode() : null;
        return new OrdersAdminResult(items, next, count, total, refunded);
    }
}

/// <summary>The ids an id prefix (hex digits, dashes ignored) covers: ids sort as their hex text on both providers.</summary>
internal static class OrderIdRange
{
    public const int MinimumDigits = 4;

    public static bool TryParse(string text, out Guid low, out Guid high)
    {
        var digits = text.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        low = high = Guid.Empty;
        if (digits.Length is < MinimumDigits or > 32 || !digits.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        low = Guid.ParseExact(digits.PadRight(32, '0'), "N");
        high = Guid.ParseExact(digits.PadRight(32, 'f'), "N");
        return true;
    }

    public static string Short(Guid id) => id.ToString("N", CultureInfo.InvariantCulture)[..8];
}
