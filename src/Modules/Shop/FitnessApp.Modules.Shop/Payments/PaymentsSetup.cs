using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shop.Orders.RefundOrder;
using FitnessApp.Modules.Shop.Payments.Gateways;
using FitnessApp.Modules.Shop.Payments.Timeouts;
using FitnessApp.Modules.Shop.Payments.Webhooks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Payments;

/// <summary>Card payments through a processor and cash on delivery (ADR 0020, docs/shop-payments.md).</summary>
internal static class PaymentsSetup
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PaymentOptions>()
            .Bind(configuration.GetSection(PaymentOptions.Section))
            .Validate(o => o.PendingTimeoutMinutes >= 1, "Shop:Payments:PendingTimeoutMinutes must be at least 1.")
            .Validate(o => o.Card.WebhookToleranceSeconds >= 1 && o.Card.TimeoutSeconds is >= 1 and <= 120, "Shop:Payments:Card:WebhookToleranceSeconds must be positive and TimeoutSeconds 1..120.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Card.BaseUrl) || Uri.TryCreate(o.Card.BaseUrl, UriKind.Absolute, out _), "Shop:Payments:Card:BaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddHttpClient<CardProcessorClient>((provider, client) =>
            client.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<PaymentOptions>>().Value.Card.TimeoutSeconds));
        services.AddScoped<IPaymentGateway, CardPaymentGateway>();
        services.AddScoped<IPaymentGateway, CashOnDeliveryGateway>();
        services.AddScoped<PaymentGateways>();
        services.AddScoped<PaymentTransitions>();
        services.AddScoped<RefundRecorder>();
        services.AddScheduledJob<ExpirePendingPaymentsJob>(
            ShopModule.ModuleName, ExpirePendingPaymentsJob.Name, JobSchedule.Every(TimeSpan.FromMinutes(1)),
            "Cancels card orders not paid within Shop:Payments:PendingTimeoutMinutes (after asking the processor), releasing stock and points");
        return services;
    }

    public static void MapPayments(this IEndpointRouteBuilder api) => api.MapPaymentWebhook();
}
