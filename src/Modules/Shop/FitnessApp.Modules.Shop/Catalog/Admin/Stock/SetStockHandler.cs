using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Stock;

internal sealed class SetStockHandler(ShopDbContext db, StockLedger ledger, TimeProvider clock) : IRequestHandler<SetStock, VariantResponse>
{
    public async Task<VariantResponse> Handle(SetStock request, CancellationToken cancellationToken)
    {
        var current = await db.Skus.AsNoTracking().Where(s => s.Id == request.SkuId).Select(s => (int?)s.Stock).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Variant", request.SkuId);
        var expected = request.ExpectedStock ?? current;
        var change = new StockChange(StockChangeReason.Adjustment, clock.GetUtcNow().UtcDateTime, ActorId: request.ActorId, Note: string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
        if (!await ledger.TrySetAsync(request.SkuId, expected, request.Stock!.Value, change, cancellationToken))
        {
            throw new ConflictException("The stock changed since it was read: read it again.", new Dictionary<string, object?> { ["currentStock"] = current });
        }

        await db.SaveChangesAsync(cancellationToken);
        var sku = await db.Skus.AsNoTracking().FirstAsync(s => s.Id == request.SkuId, cancellationToken);
        return new VariantResponse(sku.Id, sku.Code, sku.Size, sku.Colour, CatalogLanguage.Amount(sku.PriceMinor), sku.Stock, sku.Active, sku.Active && sku.Stock > 0, sku.Position);
    }
}
