using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.SearchProducts;

internal sealed class SearchProductsHandler(ShopDbContext db, IOptions<ShopOptions> options) : IRequestHandler<SearchProducts, Page<ProductCard>>
{
    public async Task<Page<ProductCard>> Handle(SearchProducts request, CancellationToken cancellationToken)
    {
        CatalogParameters.TrySort(request.Sort, out var sort);
        CatalogParameters.TrySport(request.Sport, out var sport);
        CatalogParameters.TryAmount(request.MinPrice, out var min);
        CatalogParameters.TryAmount(request.MaxPrice, out var max);
        CatalogParameters.TryRating(request.MinRating, out var rating);
        CatalogParameters.TryLimit(request.Limit, out var limit);
        CatalogCursor? after = CatalogCursor.TryDecode(request.Cursor, out var cursor) ? cursor : null;

        IReadOnlyList<Guid>? categories = null;
        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var tree = new CategoryTree(await db.Categories.AsNoTracking().ToListAsync(cancellationToken));
            var category = tree.FindBySlugOrId(request.Category.Trim()) ?? throw FieldErrors.For("category", "'category' is not a category of the shop.");
            categories = tree.SubtreeOf(category.Id);
        }

        var filter = new CatalogFilter(
            SearchPattern.Of(request.Query), categories, sport, min, max, rating, sort, after, limit, ActiveOnly: !request.IncludeAll);
        var (items, next) = await CatalogQuery.RunAsync(db, filter, options.Value.Currency, cancellationToken);
        return new Page<ProductCard>(items, next);
    }
}
