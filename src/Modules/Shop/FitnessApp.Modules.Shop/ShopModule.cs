using System.Reflection;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shop.Catalog;
using FitnessApp.Modules.Shop.Catalog.Images;
using FitnessApp.Modules.Shop.Catalog.PartnerImports;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Offers;
using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Orders.Notifications;
using FitnessApp.Modules.Shop.Pages;
using FitnessApp.Modules.Shop.Payments;
using FitnessApp.Modules.Shop.PersonalData;
using FitnessApp.Modules.Shop.Reviews;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop;

/// <summary>
/// The shop: a catalog of sports gear with variants and stock, carts, orders paid by card or cash on delivery, with
/// loyalty points and promo codes spent through Loyalty's contracts, reviews and personal offers (ADR 0019).
/// </summary>
public sealed class ShopModule : IModule
{
    public const string ModuleName = "Shop";

    public string Name => ModuleName;

    public Assembly Assembly => typeof(ShopModule).Assembly;

    public Assembly ContractsAssembly => typeof(OrderStatus).Assembly;

    public Type? DbContextType => typeof(ShopDbContext);

    public bool HasPages => true;

    public IReadOnlyList<NavigationEntry> Navigation => ShopNavigation.Entries;

    /// <summary>The operators' entries, shown in the sidebar's operations section (registered as navigation services).</summary>
    public static IReadOnlyList<NavigationEntry> OperatorNavigation => ShopNavigation.Operators;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ShopDbContext>(ShopDbContext.Schema);
        services.AddOptions<ShopOptions>()
            .Bind(configuration.GetSection(ShopOptions.Section))
            .Validate(o => o.Currency is { Length: 3 } && o.Currency.All(char.IsAsciiLetterUpper), "Shop:Currency must be a three-letter ISO 4217 code such as EUR.")
            .ValidateOnStart();
        services.AddScoped<StockLedger>();
        services.AddScoped<IPersonalDataExporter, ShopDataExporter>();
        services.AddScoped<IShopDataPart, OrdersDataPart>();
        services.AddCatalog();
        services.AddProductImages(configuration);
        services.AddPartnerImports(configuration);
        services.AddOrders(configuration);
        services.AddPayments(configuration);
        services.AddReviews();
        services.AddOrderEmails();
        services.AddOffers(configuration);
        foreach (var entry in ShopNavigation.Operators)
        {
            services.AddSingleton(entry);
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/shop").WithTags(ModuleName).RequireAuthorization();
        api.MapCatalog();
        api.MapProductImages();
        api.MapPartnerImports();
        api.MapOrders();
        api.MapPayments();
        api.MapReviews();
        api.MapOffers();
    }
}

public static class ShopModuleExtensions
{
    public static IServiceCollection AddShopModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModule(new ShopModule(), configuration);

    public static IEndpointRouteBuilder MapShopModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapModule<ShopModule>();
}
