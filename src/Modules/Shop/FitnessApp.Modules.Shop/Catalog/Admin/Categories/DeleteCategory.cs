using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Categories;

/// <summary>Operators: deletes an empty category (no sub-categories, no products, whatever their status).</summary>
internal sealed record DeleteCategory(Guid Id) : ICommand<Unit>;

internal sealed class DeleteCategoryHandler(ShopDbContext db) : IRequestHandler<DeleteCategory, Unit>
{
    public async Task<Unit> Handle(DeleteCategory request, CancellationToken cancellationToken)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Category", request.Id);
        if (await db.Categories.AnyAsync(c => c.ParentId == request.Id, cancellationToken))
        {
            throw new ConflictException("The category has sub-categories: move or delete them first.");
        }

        if (await db.Products.AnyAsync(p => p.CategoryId == request.Id, cancellationToken))
        {
            throw new ConflictException("The category has products: move them first.");
        }

        db.Categories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
