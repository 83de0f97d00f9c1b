using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Search;

/// <summary>What a product list asks for, already parsed (amounts in minor units, categories as their sub-tree).</summary>
internal sealed record CatalogFilter(
    string? Pattern,
    IReadOnlyList<Guid>? CategoryIds,
    Sport? Sport,
    long? MinPriceMinor,
    long? MaxPriceMinor,
    double? MinRating,
    CatalogSort Sort,
    CatalogCursor? After,
    int Limit,
    bool ActiveOnly = true);

/// <summary>The one product search (customers' lists, operators' list, the benchmark): filters, order and keyset.</summary>
internal static class CatalogQuery
{
    public static async Task<(IReadOnlyList<ProductCard> Items, string? NextCursor)> RunAsync(
        ShopDbContext db, CatalogFilter filter, string currency, CancellationToken cancellationToken)
    {
        var products = Order(After(Filter(db.Products.AsNoTracking(), filter), filter.Sort, filter.After), filter.Sort);
        var rows = await products
            .Take(filter.Limit + 1)
            .Select(p => new
            {
                p.Id, p.Slug, p.NameEn, p.NameRu, p.Brand, p.PriceFromMinor, p.RatingAverage, p.RatingCount, p.CreatedAt, p.Status,
                ImageId = db.ProductImages.Where(i => i.ProductId == p.Id).OrderBy(i => i.Position).ThenBy(i => i.Id).Select(i => (Guid?)i.Id).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var page = rows.Take(filter.Limit).ToList();

        // Asked for the page's products only: inside the page query PostgreSQL hashed it over every variant of the shop.
        var ids = page.Select(p => p.Id).ToList();
        var inStock = (await db.Skus.AsNoTracking().Where(s => ids.Contains(s.ProductId) && s.Active && s.Stock > 0)
            .Select(s => s.ProductId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        string? next = null;
        if (rows.Count > filter.Limit)
        {
            var last = page[^1];
            next = new CatalogCursor(filter.Sort, KeyOf(filter.Sort, last.CreatedAt, last.PriceFromMinor), last.RatingAverage, last.Id).Encode();
        }

        var items = page.Select(p => new ProductCard(
                p.Id, p.Slug, CatalogLanguage.Pick(p.NameEn, p.NameRu), p.NameEn, p.NameRu, p.Brand, CatalogLanguage.Amount(p.PriceFromMinor), currency,
                p.RatingAverage, p.RatingCount, p.ImageId is { } image ? CatalogRoutes.Thumbnail(image) : null, inStock.Contains(p.Id),
                Shared.Web.WireNames.Of(p.Status), p.CreatedAt))
            .ToList();
        return (items, next);
    }

    public static long KeyOf(CatalogSort sort, DateTime createdAt, long? priceFromMinor) => sort switch
    {
        CatalogSort.PriceAsc or CatalogSort.PriceDesc => priceFromMinor ?? 0,
        _ => createdAt.Ticks,
    };

    public static IQueryable<Product> Filter(IQueryable<Product> products, CatalogFilter filter)
    {
        if (filter.ActiveOnly)
        {
            // A product without any variant on sale cannot be bought: it is not listed.
            products = products.Where(p => p.Status == ProductStatus.Active && p.PriceFromMinor != null);
        }

        if (filter.Pattern is { } pattern)
        {
            products = products.Where(p => EF.Functions.Like(p.SearchText, pattern, SearchPattern.EscapeText));
        }

        if (filter.CategoryIds is { } categories)
        {
            products = products.Where(p => categories.Contains(p.CategoryId));
        }

        if (filter.Sport is { } sport)
        {
            products = products.Where(p => p.Sports.Any(s => s.Sport == sport));
        }

        if (filter.MinPriceMinor is { } min)
        {
            products = products.Where(p => p.PriceFromMinor >= min);
        }

        if (filter.MaxPriceMinor is { } max)
        {
            products = products.Where(p => p.PriceFromMinor <= max);
        }

        if (filter.MinRating is { } rating)
        {
            products = products.Where(p => p.RatingAverage >= rating);
        }

        return products;
    }

    public static IQueryable<Product> After(IQueryable<Product> products, CatalogSort sort, CatalogCursor? cursor)
    {
        if (cursor is not { } after)
        {
            return products;
        }

        var id = after.Id;
        switch (sort)
        {
            case CatalogSort.PriceAsc:
                return products.Where(p => p.PriceFromMinor > after.Key || (p.PriceFromMinor == after.Key && p.Id.CompareTo(id) > 0));
            case CatalogSort.PriceDesc:
                return products.Where(p => p.PriceFromMinor < after.Key || (p.PriceFromMinor == after.Key && p.Id.CompareTo(id) < 0));
            case CatalogSort.Rating:
                return products.Where(p => p.RatingAverage < after.Rating || (p.RatingAverage == after.Rating && p.Id.CompareTo(id) < 0));
            default:
                var at = new DateTime(after.Key, DateTimeKind.Utc);
                return products.Where(p => p.CreatedAt < at || (p.CreatedAt == at && p.Id.CompareTo(id) < 0));
        }
    }

    public static IQueryable<Product> Order(IQueryable<Product> products, CatalogSort sort) => sort switch
    {
        CatalogSort.PriceAsc => products.OrderBy(p => p.PriceFromMinor).ThenBy(p => p.Id),
        CatalogSort.PriceDesc => products.OrderByDescending(p => p.PriceFromMinor).ThenByDescending(p => p.Id),
        CatalogSort.Rating => products.OrderByDescending(p => p.RatingAverage).ThenByDescending(p => p.Id),
        _ => products.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };
}
