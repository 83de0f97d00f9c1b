using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;

namespace FitnessApp.Modules.Shop.Pages;

internal static class ShopNavigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new(ShopPaths.Home, "Nav_Shop", typeof(ShopText), "storefront"),
        new(ShopPaths.Cart, "Nav_Cart", typeof(ShopText), "shopping_cart"),
        new(ShopPaths.Orders, "Nav_Orders", typeof(ShopText), "receipt_long"),
    ];

    public static readonly IReadOnlyList<NavigationEntry> Operators =
    [
        new(ShopPaths.ProductsAdmin, "Nav_ProductsAdmin", typeof(ShopText), "inventory_2", PlatformPolicies.Operator),
        new(ShopPaths.CategoriesAdmin, "Nav_CategoriesAdmin", typeof(ShopText), "category", PlatformPolicies.Operator),
        new(ShopPaths.ImportsAdmin, "Nav_ImportsAdmin", typeof(ShopText), "cloud_sync", PlatformPolicies.Operator),
        new(ShopPaths.ReviewsAdmin, "Nav_ReviewsAdmin", typeof(ShopText), "reviews", PlatformPolicies.Operator),
        new(ShopPaths.OrdersAdmin, "Nav_OrdersAdmin", typeof(ShopText), "receipt_long", PlatformPolicies.Operator),
    ];
}
