using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Catalog.Images.DeleteProductImage;
using FitnessApp.Modules.Shop.Catalog.Images.Demo;
using FitnessApp.Modules.Shop.Catalog.Images.GetImage;
using FitnessApp.Modules.Shop.Catalog.Images.ListProductImages;
using FitnessApp.Modules.Shop.Catalog.Images.ReorderProductImages;
using FitnessApp.Modules.Shop.Catalog.Images.UploadProductImage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shop.Catalog.Images;

internal static class ImagesSetup
{
    /// <summary>Call after <c>AddCatalog</c>: the demo pictures are drawn for the demo products.</summary>
    public static IServiceCollection AddProductImages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProductImageOptions>().Bind(configuration.GetSection(ProductImageOptions.Section));
        services.AddScoped<IDemoSeeder, ProductImagesDemoSeeder>();
        return services;
    }

    public static void MapProductImages(this IEndpointRouteBuilder api)
    {
        api.MapGetImage();
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapUploadProductImage();
        operators.MapListProductImages();
        operators.MapDeleteProductImage();
        operators.MapReorderProductImages();
    }
}
