using FitnessApp.Modules.Loyalty.Earning.Campaigns.DeleteCampaign;
using FitnessApp.Modules.Loyalty.Earning.Campaigns.EndCampaign;
using FitnessApp.Modules.Loyalty.Earning.Campaigns.ListCampaigns;
using FitnessApp.Modules.Loyalty.Earning.Campaigns.SaveCampaign;
using FitnessApp.Modules.Loyalty.Earning.Crediting;
using FitnessApp.Modules.Loyalty.Earning.Referrals;
using FitnessApp.Modules.Loyalty.Earning.Referrals.EnterReferralCode;
using FitnessApp.Modules.Loyalty.Earning.Referrals.GetReferral;
using FitnessApp.Modules.Loyalty.Earning.Rules.DeleteRule;
using FitnessApp.Modules.Loyalty.Earning.Rules.ListRules;
using FitnessApp.Modules.Loyalty.Earning.Rules.SaveRule;
using FitnessApp.Modules.Loyalty.Earning.Rules.UpdateSettings;
using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>Earning points: rules, campaigns, crediting from Training's events, referrals.</summary>
internal static class EarningSetup
{
    public static IServiceCollection AddEarning(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<ActivityEarning>();
        services.AddScoped<ReferralRewards>();
        services.AddScoped<ReferralCodes>();
        services.AddScoped<ILoyaltyDataPart, EarningDataPart>();
        services.AddScoped<IDemoSeeder, EarningDemoSeeder>();
        return services;
    }

    public static void MapEarning(this IEndpointRouteBuilder api)
    {
        api.MapGetReferral();
        api.MapEnterReferralCode();
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapListRules();
        operators.MapSaveRule();
        operators.MapDeleteRule();
        operators.MapUpdateSettings();
        operators.MapListCampaigns();
        operators.MapSaveCampaign();
        operators.MapEndCampaign();
        operators.MapDeleteCampaign();
    }
}
