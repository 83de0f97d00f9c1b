using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>The customer's order emails: one integration event handler per order event (found by MediatR's scan).</summary>
internal static class OrderEmailsSetup
{
    public static IServiceCollection AddOrderEmails(this IServiceCollection services) =>
        services.AddScoped<OrderEmailSender>();
}
