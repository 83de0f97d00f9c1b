using System.Globalization;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Cart;

/// <summary>A cart line joined with its variant and product as they are now.</summary>
internal sealed record CartLine(
    Guid SkuId, Guid ProductId, string ProductSlug, string ProductNameEn, string ProductNameRu, string SkuCode, string? Size, string? Colour,
    int Quantity, long UnitPriceMinor, int Stock, bool Unavailable, DateTime AddedAt)
{
    public bool Short => !Unavailable && Quantity > Stock;

    public long LineTotalMinor => UnitPriceMinor * Quantity;

    public string NameIn(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ru" ? ProductNameRu : ProductNameEn;
}

internal static class CartLines
{
    public static Task<List<CartLine>> LoadAsync(ShopDbContext db, Guid userId, CancellationToken cancellationToken) =>
        (from item in db.CartItems
         where item.UserId == userId
         join sku in db.Skus on item.SkuId equals sku.Id
         join product in db.Products on sku.ProductId equals product.Id
         orderby item.AddedAt, item.SkuId
         select new CartLine(
             sku.Id, product.Id, product.Slug, product.NameEn, product.NameRu, sku.Code, sku.Size, sku.Colour, item.Quantity, sku.PriceMinor,
             sku.Stock, !sku.Active || product.Status != ProductStatus.Active, item.AddedAt))
        .AsNoTracking()
        .ToListAsync(cancellationToken);
}
