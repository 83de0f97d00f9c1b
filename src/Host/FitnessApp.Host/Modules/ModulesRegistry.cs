using FitnessApp.Host.Startup;
using FitnessApp.Modules.Accounts;
using FitnessApp.Modules.Devices;
using FitnessApp.Modules.Loyalty;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shop;
using FitnessApp.Modules.Social;
using FitnessApp.Modules.Support;
using FitnessApp.Modules.Training;

namespace FitnessApp.Host.Modules;

/// <summary>
/// The explicit list of modules, in dependency order. Each can be switched off with
/// <c>Modules:&lt;Name&gt;:Enabled=false</c>, except Accounts, which every other module's sign-in needs.
/// </summary>
internal static class ModulesRegistry
{
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration)
    {
        if (!ModuleRegistrationExtensions.IsEnabledInConfiguration(AccountsModule.ModuleName, configuration))
        {
            throw new ModuleConfigurationException(
                $"Modules:{AccountsModule.ModuleName}:Enabled is false, but the Accounts module cannot be switched off: it signs users in.");
        }

        services.AddAccountsModule(configuration);
        services.AddTrainingModule(configuration);
        services.AddDevicesModule(configuration);
        services.AddSupportModule(configuration);
        services.AddSocialModule(configuration);
        services.AddLoyaltyModule(configuration);
        services.AddShopModule(configuration);
        return services;
    }

    public static WebApplication MapModules(this WebApplication app)
    {
        app.MapAccountsModule();
        app.MapTrainingModule();
        app.MapDevicesModule();
        app.MapSupportModule();
        app.MapSocialModule();
        app.MapLoyaltyModule();
        app.MapShopModule();
        return app;
    }
}
