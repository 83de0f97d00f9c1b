using System.Globalization;
using FitnessApp.Modules.Shop.Domain;

namespace FitnessApp.Modules.Shop.Cart;

/// <summary>
/// The cart as the server prices it now. <c>unavailable</c>: the variant or product is no longer sold; <c>short</c>: fewer
/// units are in stock than the quantity. The subtotal counts the available lines only.
/// </summary>
internal sealed record CartResponse(IReadOnlyList<CartLineResponse> Lines, int ItemCount, decimal Subtotal, string Currency, bool CanCheckOut)
{
    public static CartResponse From(IReadOnlyList<CartLine> lines, string currency, CultureInfo culture)
    {
        var subtotal = lines.Where(l => !l.Unavailable).Sum(l => l.LineTotalMinor);
        return new CartResponse(
            lines.Select(l => CartLineResponse.From(l, currency, culture)).ToList(),
            lines.Sum(l => l.Quantity),
            Money.ToDecimal(subtotal),
            currency,
            lines.Count > 0 && lines.All(l => !l.Unavailable && !l.Short));
    }
}

internal sealed record CartLineResponse(
    Guid SkuId, Guid ProductId, string ProductSlug, string ProductName, string SkuCode, string? Size, string? Colour, int Quantity,
    decimal UnitPrice, decimal LineTotal, string Currency, int Stock, bool Unavailable, bool Short)
{
    public static CartLineResponse From(CartLine line, string currency, CultureInfo culture) =>
        new(line.SkuId, line.ProductId, line.ProductSlug, line.NameIn(culture), line.SkuCode, line.Size, line.Colour, line.Quantity,
            Money.ToDecimal(line.UnitPriceMinor), Money.ToDecimal(line.LineTotalMinor), currency, Math.Max(line.Stock, 0), line.Unavailable, line.Short);
}
