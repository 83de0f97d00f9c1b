using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Cart;
using FitnessApp.Modules.Shop.Checkout;
using FitnessApp.Modules.Shop.Checkout.Payments;
using FitnessApp.Modules.Shop.Checkout.PlaceOrder;
using FitnessApp.Modules.Shop.Checkout.QuoteOrder;
using FitnessApp.Modules.Shop.Orders.CancelOrder;
using FitnessApp.Modules.Shop.Orders.DeliverOrder;
using FitnessApp.Modules.Shop.Orders.GetOrder;
using FitnessApp.Modules.Shop.Orders.ListMyOrders;
using FitnessApp.Modules.Shop.Orders.RefundOrder;
using FitnessApp.Modules.Shop.Orders.ShipOrder;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shop.Orders;

/// <summary>Cart, checkout and the order lifecycle (ADR 0019).</summary>
internal static class OrdersSetup
{
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShippingOptions>().Bind(configuration.GetSection(ShippingOptions.Section))
            .Validate(o => o.FlatMinor >= 0 && o.FreeOverMinor >= 0, "Shop:Shipping amounts must not be negative.").ValidateOnStart();
        services.AddOptions<PointsOptions>().Bind(configuration.GetSection(PointsOptions.Section))
            .Validate(o => o.MinorPerPoint >= 1 && o.MaxSharePercent is >= 0 and <= 100, "Shop:Points:MinorPerPoint must be at least 1 and MaxSharePercent 0..100.")
            .ValidateOnStart();
        services.AddScoped<OrderLoyalty>();
        services.AddSingleton<OfferedPaymentMethods>();
        services.AddSingleton<CheckoutPricing>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder api)
    {
        api.MapCart();
        api.MapPlaceOrder();
        api.MapQuoteOrder();
        api.MapListMyOrders();
        api.MapGetMyOrder();
        api.MapCancelMyOrder();
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapListAllOrders();
        operators.MapGetAnyOrder();
        operators.MapShipOrder();
        operators.MapDeliverOrder();
        operators.MapCancelAnyOrder();
        operators.MapRefundOrder();
        return api;
    }
}
