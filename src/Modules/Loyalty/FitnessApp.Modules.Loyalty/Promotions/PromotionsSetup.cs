using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Loyalty.Promotions.CheckPromoCode;
using FitnessApp.Modules.Loyalty.Promotions.CreatePromoCode;
using FitnessApp.Modules.Loyalty.Promotions.DeactivatePromoCode;
using FitnessApp.Modules.Loyalty.Promotions.GetPromoCode;
using FitnessApp.Modules.Loyalty.Promotions.ListPromoCodes;
using FitnessApp.Modules.Loyalty.Promotions.UpdatePromoCode;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Loyalty.Promotions;

internal static class PromotionsSetup
{
    public static IServiceCollection AddPromotions(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<ILoyaltyDataPart, PromoCodesDataPart>();
        services.AddScoped<IDemoSeeder, PromoCodesDemoSeeder>();
        return services;
    }

    public static void MapPromotions(this IEndpointRouteBuilder api)
    {
        api.MapCheckPromoCode();
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapListPromoCodes();
        operators.MapGetPromoCode();
        operators.MapCreatePromoCode();
        operators.MapUpdatePromoCode();
        operators.MapDeactivatePromoCode();
    }
}
