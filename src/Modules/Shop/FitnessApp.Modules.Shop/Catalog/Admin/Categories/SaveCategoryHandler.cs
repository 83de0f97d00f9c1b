using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Catalog.ListCategories;
using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Categories;

internal sealed class SaveCategoryHandler(ShopDbContext db, TimeProvider clock) : IRequestHandler<SaveCategory, CategoryNode>
{
    public async Task<CategoryNode> Handle(SaveCategory request, CancellationToken cancellationToken)
    {
        var tree = new CategoryTree(await db.Categories.AsNoTracking().ToListAsync(cancellationToken));
        if (request.ParentId is { } parentId && tree.Find(parentId) is null)
        {
            throw FieldErrors.For("parentId", "'parentId' is not a category of the shop.");
        }

        Category category;
        if (request.Id is { } id)
        {
            category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Category", id);
            if (tree.WouldCycle(id, request.ParentId))
            {
                throw new ConflictException("A category cannot be moved below itself.");
            }
        }
        else
        {
            category = new Category { Id = Guid.CreateVersion7(), Slug = string.Empty, NameEn = string.Empty, NameRu = string.Empty, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Categories.Add(category);
        }

        if (await db.Categories.AnyAsync(c => c.Slug == request.Slug && c.Id != category.Id, cancellationToken))
        {
            throw new ConflictException($"The category slug {request.Slug} is taken.");
        }

        category.ParentId = request.ParentId;
        category.Slug = request.Slug!;
        category.NameEn = request.NameEn!.Trim();
        category.NameRu = request.NameRu!.Trim();
        category.Position = request.Position ?? 0;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException($"The category slug {request.Slug} is taken.");
        }

        return new CategoryNode(category.Id, category.ParentId, category.Slug, CatalogLanguage.Pick(category.NameEn, category.NameRu), category.NameEn, category.NameRu, category.Position, []);
    }
}
