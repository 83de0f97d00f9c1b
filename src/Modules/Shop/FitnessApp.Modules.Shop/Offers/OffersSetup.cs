using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shop.Offers.GetMyOffers;
using FitnessApp.Modules.Shop.Offers.PersonalData;
using FitnessApp.Modules.Shop.Offers.WeeklyEmail;
using FitnessApp.Modules.Shop.PersonalData;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shop.Offers;

/// <summary>Personal offers: the rules, the athlete's endpoint and the weekly email (ADR 0019 addendum).</summary>
internal static class OffersSetup
{
    public static IServiceCollection AddOffers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OffersOptions>().Bind(configuration.GetSection(OffersOptions.Section))
            .Validate(o => o.WindowDays >= 1 && o.MinActivities >= 1 && o.MaxSports >= 0 && o.WornShoesShare is > 0 and <= 1
                && o.RecentPurchaseDays >= 0 && o.PerRule >= 1 && o.MaxOffers >= 1 && o.EntryBandMaxMinor >= 0 && o.MiddleBandMaxMinor >= 0,
                "Shop:Offers figures are out of range.")
            .ValidateOnStart();
        services.AddScoped<PersonalOffers>();
        services.AddScoped<IShopDataPart, OfferEmailsDataPart>();
        services.AddScheduledJob<WeeklyOffersJob>(
            ShopModule.ModuleName, WeeklyOffersJob.Name, JobSchedule.Cron(WeeklyOffersJob.Schedule), "Emails each athlete who switched shop offers on their personal offers (Monday morning)");
        return services;
    }

    public static IEndpointRouteBuilder MapOffers(this IEndpointRouteBuilder api)
    {
        api.MapGetMyOffers();
        return api;
    }
}
