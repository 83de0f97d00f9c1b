namespace FitnessApp.Modules.Shop.Catalog;

internal static class CatalogRoutes
{
    public const string Products = "/products";
    public const string Categories = "/categories";
    public const string AdminCategories = "/admin/categories";
    public const string AdminProducts = "/admin/products";
    public const string AdminSkus = "/admin/skus";

    public static string Image(Guid id) => $"/api/v1/shop/images/{id}";

    public static string Thumbnail(Guid id) => $"/api/v1/shop/images/{id}/thumbnail";

    public static string Product(Guid id) => $"/api/v1/shop/products/{id}";

    public static string AdminProduct(Guid id) => $"/api/v1/shop/admin/products/{id}";

    public static string AdminCategory(Guid id) => $"/api/v1/shop/admin/categories/{id}";

    public static string AdminSku(Guid id) => $"/api/v1/shop/admin/skus/{id}";
}
