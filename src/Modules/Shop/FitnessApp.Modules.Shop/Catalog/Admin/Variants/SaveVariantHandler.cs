using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Variants;

internal sealed class SaveVariantHandler(ShopDbContext db, TimeProvider clock) : IRequestHandler<SaveVariant, VariantResponse>
{
    public async Task<VariantResponse> Handle(SaveVariant request, CancellationToken cancellationToken)
    {
        var body = request.Body;
        var code = body.Code!.Trim();
        Sku sku;
        if (request.SkuId is { } skuId)
        {
            sku = await db.Skus.FirstOrDefaultAsync(s => s.Id == skuId, cancellationToken) ?? throw new NotFoundException("Variant", skuId);
        }
        else
        {
            var productId = request.ProductId!.Value;
            if (!await db.Products.AnyAsync(p => p.Id == productId, cancellationToken))
            {
                throw new NotFoundException("Product", productId);
            }

            sku = new Sku { Id = Guid.CreateVersion7(), ProductId = productId, Code = code };
            db.Skus.Add(sku);
        }

        if (await db.Skus.AnyAsync(s => s.Code == code && s.Id != sku.Id, cancellationToken))
        {
            throw new ConflictException($"The variant code {code} is taken.");
        }

        sku.Code = code;
        sku.Size = Blank(body.Size);
        sku.Colour = Blank(body.Colour);
        sku.PriceMinor = Money.ToMinor(body.Price!.Value)!.Value;
        sku.Active = body.Active ?? true;
        sku.Position = body.Position ?? sku.Position;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException($"The variant code {code} is taken.");
        }

        await ProductPrices.RefreshAsync(db, sku.ProductId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new VariantResponse(sku.Id, sku.Code, sku.Size, sku.Colour, CatalogLanguage.Amount(sku.PriceMinor), sku.Stock, sku.Active, sku.Active && sku.Stock > 0, sku.Position);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
