using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Loyalty.Purchases;

internal static class PurchasesSetup
{
    public static IServiceCollection AddPurchases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PurchaseOptions>().Bind(configuration.GetSection(PurchaseOptions.Section))
            .Validate(o => o.PointsPerCurrencyUnit >= 0, "Loyalty:Purchases:PointsPerCurrencyUnit must not be negative.").ValidateOnStart();
        return services;
    }
}
