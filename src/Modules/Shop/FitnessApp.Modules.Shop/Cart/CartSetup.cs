using FitnessApp.Modules.Shop.Cart.GetCart;
using FitnessApp.Modules.Shop.Cart.RemoveCartItem;
using FitnessApp.Modules.Shop.Cart.SetCartItem;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Cart;

internal static class CartSetup
{
    public static IEndpointRouteBuilder MapCart(this IEndpointRouteBuilder api)
    {
        api.MapGetCart();
        api.MapSetCartItem();
        api.MapRemoveCartItem();
        return api;
    }
}
