using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Products;

internal sealed class SaveProductHandler(ShopDbContext db, TimeProvider clock, IMediator mediator) : IRequestHandler<SaveProduct, ProductDetails>
{
    public async Task<ProductDetails> Handle(SaveProduct request, CancellationToken cancellationToken)
    {
        var body = request.Body;
        if (!await db.Categories.AnyAsync(c => c.Id == body.CategoryId, cancellationToken))
        {
            throw FieldErrors.For("categoryId", "'categoryId' is not a category of the shop.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Product product;
        if (request.Id is { } id)
        {
            product = await db.Products.Include(p => p.Sports).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
                ?? throw new NotFoundException("Product", id);
        }
        else
        {
            product = new Product
            {
                Id = Guid.CreateVersion7(), Slug = string.Empty, NameEn = string.Empty, NameRu = string.Empty, Brand = string.Empty,
                Status = ProductStatus.Draft, CreatedAt = now,
            };
            db.Products.Add(product);
        }

        if (await db.Products.AnyAsync(p => p.Slug == body.Slug && p.Id != product.Id, cancellationToken))
        {
            throw new ConflictException($"The product slug {body.Slug} is taken.");
        }

        product.Slug = body.Slug!;
        product.NameEn = body.NameEn!.Trim();
        product.NameRu = body.NameRu!.Trim();
        product.DescriptionEn = body.DescriptionEn?.Trim() ?? string.Empty;
        product.DescriptionRu = body.DescriptionRu?.Trim() ?? string.Empty;
        product.Brand = body.Brand!.Trim();
        product.CategoryId = body.CategoryId!.Value;
        product.AttributesJson = ProductAttributes.Write(body.Attributes);
        if (body.Status is not null)
        {
            product.Status = WireNames.Parse<ProductStatus>(body.Status);
        }

        product.UpdatedAt = now;
        var sports = (body.Sports ?? []).Select(WireNames.Parse<Sport>).Distinct().ToList();
        product.Sports.RemoveAll(s => !sports.Contains(s.Sport));
        foreach (var sport in sports.Where(s => product.Sports.All(x => x.Sport != s)))
        {
            product.Sports.Add(new ProductSport { ProductId = product.Id, Sport = sport });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException($"The product slug {body.Slug} is taken.");
        }

        return await mediator.Send(new GetProduct.GetProduct(product.Id, IncludeAll: true), cancellationToken);
    }
}
