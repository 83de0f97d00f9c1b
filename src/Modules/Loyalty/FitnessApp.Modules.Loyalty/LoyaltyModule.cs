using System.Reflection;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Loyalty.Achievements;
using FitnessApp.Modules.Loyalty.Challenges;
using FitnessApp.Modules.Loyalty.Contracts.Points;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Earning;
using FitnessApp.Modules.Loyalty.Pages;
using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Loyalty.Promotions;
using FitnessApp.Modules.Loyalty.Purchases;
using FitnessApp.Modules.Loyalty.Wallet;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Loyalty;

/// <summary>
/// Engagement: a points ledger fed by what athletes do (Training, Devices, Social), levels, achievements, challenges and
/// promotions; Shop spends points and redeems promo codes through Loyalty's contracts.
/// </summary>
public sealed class LoyaltyModule : IModule
{
    public const string ModuleName = "Loyalty";

    public string Name => ModuleName;

    public Assembly Assembly => typeof(LoyaltyModule).Assembly;

    public Assembly ContractsAssembly => typeof(LevelReached).Assembly;

    public Type? DbContextType => typeof(LoyaltyDbContext);

    public bool HasPages => true;

    public IReadOnlyList<NavigationEntry> Navigation => LoyaltyNavigation.Entries;

    /// <summary>The operators' entries, shown in the sidebar's operations section (registered as navigation services).</summary>
    public static IReadOnlyList<NavigationEntry> OperatorNavigation => LoyaltyNavigation.Operators;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<LoyaltyDbContext>(LoyaltyDbContext.Schema);
        services.AddScoped<PointsLedger>();
        services.AddScoped<IPersonalDataExporter, LoyaltyDataExporter>();
        services.AddScoped<ILoyaltyDataPart, PointsDataPart>();
        foreach (var entry in LoyaltyNavigation.Operators)
        {
            services.AddSingleton(entry);
        }

        services.AddAchievements(configuration);
        services.AddPromotions(configuration);
        services.AddEarning(configuration);
        services.AddWallet(configuration);
        services.AddChallenges(configuration);
        services.AddPurchases(configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/loyalty").WithTags(ModuleName).RequireAuthorization();
        _ = api;
        api.MapAchievements();
        api.MapPromotions();
        api.MapEarning();
        api.MapWallet();
        api.MapChallenges();
    }
}

public static class LoyaltyModuleExtensions
{
    public static IServiceCollection AddLoyaltyModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModule(new LoyaltyModule(), configuration);

    public static IEndpointRouteBuilder MapLoyaltyModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapModule<LoyaltyModule>();
}
