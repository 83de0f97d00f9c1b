namespace FitnessApp.Modules.Shop.Pages;

/// <summary>The Shop portal's addresses.</summary>
internal static class ShopPaths
{
    /// <summary>Shop home: personal offers, categories, new arrivals.</summary>
    public const string Home = "/shop";
    public const string Search = "/shop/search";
    public const string Cart = "/shop/cart";
    public const string Checkout = "/shop/checkout";
    public const string Orders = "/shop/orders";

    public const string ProductsAdmin = "/admin/shop/products";
    public const string CategoriesAdmin = "/admin/shop/categories";
    public const string OrdersAdmin = "/admin/shop/orders";
    public const string ImportsAdmin = "/admin/shop/imports";
    public const string ReviewsAdmin = "/admin/shop/reviews";

    public static string Category(string slug) => $"/shop/c/{Uri.EscapeDataString(slug)}";

    public static string Product(string slug) => $"/shop/p/{Uri.EscapeDataString(slug)}";

    public static string Order(Guid id) => $"/shop/orders/{id}";

    /// <summary>Where a customer completes (or retries) the card payment of an order awaiting it.</summary>
    public static string OrderPayment(Guid id) => $"/shop/orders/{id}/pay";

    public static string ProductAdmin(Guid id) => $"/admin/shop/products/{id}";

    public static string OrderAdmin(Guid id) => $"/admin/shop/orders/{id}";
}
