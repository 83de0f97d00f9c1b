using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Variants;

/// <summary>Keeps <see cref="Shop.Domain.Product.PriceFromMinor"/> the lowest price of the active variants (null when none is on sale).</summary>
internal static class ProductPrices
{
    public static async Task RefreshAsync(ShopDbContext db, Guid productId, DateTime now, CancellationToken cancellationToken)
    {
        var lowest = await db.Skus.Where(s => s.ProductId == productId && s.Active).MinAsync(s => (long?)s.PriceMinor, cancellationToken);
        var product = await db.Products.FirstAsync(p => p.Id == productId, cancellationToken);
        if (product.PriceFromMinor != lowest)
        {
            product.PriceFromMinor = lowest;
            product.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
