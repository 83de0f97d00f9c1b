using System.Globalization;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Cart.SetCartItem;

internal sealed class SetCartItemHandler(ShopDbContext db, TimeProvider clock, IOptions<ShopOptions> options) : IRequestHandler<SetCartItem, CartResponse>
{
    public async Task<CartResponse> Handle(SetCartItem request, CancellationToken cancellationToken)
    {
        var sku = await (from s in db.Skus
                         join p in db.Products on s.ProductId equals p.Id
                         where s.Id == request.SkuId && s.Active && p.Status == ProductStatus.Active
                         select new { s.Id, s.Stock })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Sku", request.SkuId);
        var quantity = request.Quantity!.Value;
        if (quantity > sku.Stock)
        {
            throw new ConflictException(
                $"'quantity' {quantity} is more than the {sku.Stock} in stock.",
                new Dictionary<string, object?> { ["field"] = "quantity", ["stock"] = sku.Stock });
        }

        var item = await db.CartItems.SingleOrDefaultAsync(i => i.UserId == request.UserId && i.SkuId == request.SkuId, cancellationToken);
        if (item is null)
        {
            db.CartItems.Add(new CartItem { UserId = request.UserId, SkuId = request.SkuId, Quantity = quantity, AddedAt = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            item.Quantity = quantity;
        }

        await db.SaveChangesAsync(cancellationToken);
        var lines = await CartLines.LoadAsync(db, request.UserId, cancellationToken);
        return CartResponse.From(lines, options.Value.Currency, CultureInfo.CurrentUICulture);
    }
}
