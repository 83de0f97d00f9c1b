using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Images;

/// <summary>A product's images in their order, without their bytes.</summary>
internal static class ProductImageRows
{
    public static Task<List<ProductImageResponse>> OfAsync(ShopDbContext db, Guid productId, CancellationToken cancellationToken) =>
        db.ProductImages.AsNoTracking()
            .Where(i => i.ProductId == productId)
            .OrderBy(i => i.Position).ThenBy(i => i.Id)
            .Select(i => new ProductImageResponse(
                i.Id, i.ProductId, CatalogRoutes.Image(i.Id), CatalogRoutes.Thumbnail(i.Id), i.ContentType, i.Width, i.Height, i.Position))
            .ToListAsync(cancellationToken);
}
