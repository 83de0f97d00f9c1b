using System.Text.Json;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.GetProduct;

internal sealed class GetProductHandler(ShopDbContext db, IOptions<ShopOptions> options) : IRequestHandler<GetProduct, ProductDetails>
{
    public async Task<ProductDetails> Handle(GetProduct request, CancellationToken cancellationToken)
    {
        var query = db.Products.AsNoTracking().Include(p => p.Sports).Include(p => p.Skus).AsSplitQuery();
        var product = request.Id is { } id
            ? await query.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await query.FirstOrDefaultAsync(p => p.Slug == request.Slug, cancellationToken);
        if (product is null || (!request.IncludeAll && product.Status != ProductStatus.Active))
        {
            throw new NotFoundException("Product", (object?)request.Id ?? request.Slug ?? string.Empty);
        }

        var tree = new CategoryTree(await db.Categories.AsNoTracking().ToListAsync(cancellationToken));
        var images = await db.ProductImages.AsNoTracking().Where(i => i.ProductId == product.Id).OrderBy(i => i.Position).ThenBy(i => i.Id)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var variants = product.Skus.OrderBy(s => s.Position).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new VariantResponse(s.Id, s.Code, s.Size, s.Colour, CatalogLanguage.Amount(s.PriceMinor), s.Stock, s.Active, s.Active && s.Stock > 0, s.Position))
            .ToList();
        return new ProductDetails(
            product.Id,
            product.Slug,
            CatalogLanguage.Pick(product.NameEn, product.NameRu),
            product.NameEn,
            product.NameRu,
            CatalogLanguage.Pick(product.DescriptionEn, product.DescriptionRu),
            product.DescriptionEn,
            product.DescriptionRu,
            product.Brand,
            WireNames.Of(product.Status),
            product.CategoryId,
            tree.PathTo(product.CategoryId).Select(c => new CategoryRef(c.Id, c.Slug, CatalogLanguage.Pick(c.NameEn, c.NameRu))).ToList(),
            product.Sports.Select(s => WireNames.Of(s.Sport)).Order(StringComparer.Ordinal).ToList(),
            ProductAttributes.Read(product.AttributesJson),
            CatalogLanguage.Amount(product.PriceFromMinor),
            options.Value.Currency,
            product.RatingAverage,
            product.RatingCount,
            variants.Any(v => v.Available),
            images.Select(i => new ImageRef(i, CatalogRoutes.Image(i), CatalogRoutes.Thumbnail(i))).ToList(),
            variants,
            product.CreatedAt,
            product.UpdatedAt);
    }
}

internal static class ProductAttributes
{
    public static IReadOnlyDictionary<string, string> Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string>();
        }
    }

    public static string Write(IReadOnlyDictionary<string, string>? attributes) =>
        JsonSerializer.Serialize(attributes ?? new Dictionary<string, string>());
}
