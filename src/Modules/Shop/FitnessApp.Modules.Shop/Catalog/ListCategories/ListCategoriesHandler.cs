using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.ListCategories;

internal sealed class ListCategoriesHandler(ShopDbContext db) : IRequestHandler<ListCategories, IReadOnlyList<CategoryNode>>
{
    public async Task<IReadOnlyList<CategoryNode>> Handle(ListCategories request, CancellationToken cancellationToken)
    {
        var tree = new CategoryTree(await db.Categories.AsNoTracking().ToListAsync(cancellationToken));
        return NodesOf(tree, null, 0);
    }

    private static List<CategoryNode> NodesOf(CategoryTree tree, Guid? parentId, int depth) =>
        depth > tree.All.Count
            ? []
            : tree.ChildrenOf(parentId)
                .Select(c => new CategoryNode(c.Id, c.ParentId, c.Slug, CatalogLanguage.Pick(c.NameEn, c.NameRu), c.NameEn, c.NameRu, c.Position, NodesOf(tree, c.Id, depth + 1)))
                .ToList();
}
