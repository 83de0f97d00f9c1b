namespace FitnessApp.Modules.Shop.Cart;

internal static class CartRoutes
{
    public const string Cart = "/cart";
    public const string Item = "/cart/items/{skuId:guid}";
}
