using System.Globalization;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Cart.GetCart;

/// <summary>The athlete's cart, priced now, with the names in the request's language.</summary>
internal sealed record GetCart(Guid UserId) : IQuery<CartResponse>;

internal sealed class GetCartHandler(ShopDbContext db, IOptions<ShopOptions> options) : IRequestHandler<GetCart, CartResponse>
{
    public async Task<CartResponse> Handle(GetCart request, CancellationToken cancellationToken)
    {
        var lines = await CartLines.LoadAsync(db, request.UserId, cancellationToken);
        return CartResponse.From(lines, options.Value.Currency, CultureInfo.CurrentUICulture);
    }
}
