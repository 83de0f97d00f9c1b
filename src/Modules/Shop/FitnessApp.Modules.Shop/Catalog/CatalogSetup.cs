using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Catalog.Demo;
using FitnessApp.Modules.Shop.Catalog.Admin;
using FitnessApp.Modules.Shop.Catalog.Admin.Categories;
using FitnessApp.Modules.Shop.Catalog.Admin.Products;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using FitnessApp.Modules.Shop.Catalog.ListCategories;
using FitnessApp.Modules.Shop.Catalog.SearchProducts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shop.Catalog;

internal static class CatalogSetup
{
    public static IServiceCollection AddCatalog(this IServiceCollection services) =>
        services.AddScoped<IDemoSeeder, CatalogDemoSeeder>();

    public static void MapCatalog(this IEndpointRouteBuilder api)
    {
        api.MapSearchProducts();
        api.MapGetProduct();
        api.MapListCategories();
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapCategoryAdmin();
        operators.MapProductAdmin();
        operators.MapVariantAdmin();
    }
}
