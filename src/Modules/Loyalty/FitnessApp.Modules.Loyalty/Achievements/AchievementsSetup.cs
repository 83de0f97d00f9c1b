using FitnessApp.Modules.Loyalty.Achievements.Admin.CreateDefinition;
using FitnessApp.Modules.Loyalty.Achievements.Admin.GetDefinition;
using FitnessApp.Modules.Loyalty.Achievements.Admin.ListDefinitions;
using FitnessApp.Modules.Loyalty.Achievements.Admin.UpdateDefinition;
using FitnessApp.Modules.Loyalty.Achievements.Badges;
using FitnessApp.Modules.Loyalty.Achievements.Checking;
using FitnessApp.Modules.Loyalty.Achievements.ListMyAchievements;
using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Loyalty.Achievements;

internal static class AchievementsSetup
{
    public static IServiceCollection AddAchievements(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<AchievementEvaluator>();
        services.AddScoped<ILoyaltyDataPart, AchievementsDataPart>();
        return services;
    }

    /// <summary>The athlete's list and the operators' catalogue; the badge image is anonymous (it opts out of the group's authorization).</summary>
    public static void MapAchievements(this IEndpointRouteBuilder api)
    {
        api.MapGetBadge();
        api.MapListMyAchievements();
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapListAchievementDefinitions();
        operators.MapGetAchievementDefinition();
        operators.MapCreateAchievementDefinition();
        operators.MapUpdateAchievementDefinition();
    }
}
