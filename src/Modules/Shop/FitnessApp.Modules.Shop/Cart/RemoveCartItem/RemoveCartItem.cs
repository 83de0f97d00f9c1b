using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Cart.RemoveCartItem;

/// <summary>Takes a variant out of the cart; removing one that is not there is not an error.</summary>
internal sealed record RemoveCartItem(Guid UserId, Guid SkuId) : ICommand<Unit>;

internal sealed class RemoveCartItemHandler(ShopDbContext db) : IRequestHandler<RemoveCartItem, Unit>
{
    public async Task<Unit> Handle(RemoveCartItem request, CancellationToken cancellationToken)
    {
        await db.CartItems.Where(i => i.UserId == request.UserId && i.SkuId == request.SkuId).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
