using FitnessApp.Modules.Devices.Providers.Callback;
using FitnessApp.Modules.Devices.Providers.Connect;
using FitnessApp.Modules.Devices.Providers.Disconnect;
using FitnessApp.Modules.Devices.Providers.ListConnections;
using FitnessApp.Modules.Devices.Providers.OAuth;
using FitnessApp.Modules.Devices.Providers.Polar;
using FitnessApp.Modules.Devices.Providers.Strava;
using FitnessApp.Modules.Devices.Providers.Sync;
using FitnessApp.Modules.Devices.Providers.Webhooks;
using FitnessApp.Modules.Shared.Jobs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Devices.Providers;

/// <summary>Provider sync: the connector framework, its connectors, the event job and the endpoints.</summary>
internal static class ProvidersSetup
{
    public static IServiceCollection AddProviderSync(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ProvidersOptions.Section);
        var options = section.Get<ProvidersOptions>() ?? new ProvidersOptions();
        services.AddOptions<ProvidersOptions>().Bind(section);
        services.AddHttpClient(ProviderHttp.ClientName, client => client.Timeout = options.HttpTimeout);
        services.AddScoped<ProviderHttp>();
        services.AddScoped<OAuthClient>();
        services.AddSingleton<TokenProtector>();
        services.AddScoped<ConnectionTokens>();
        services.AddScoped<IProviderConnector, StravaConnector>();
        services.AddScoped<IProviderConnector, PolarConnector>();
        services.AddScoped<ProviderConnectors>();
        services.AddScoped<ProviderEventQueue>();
        services.AddScoped<ProviderEventProcessor>();
        services.AddOnDemandJob<ProviderEventJob>(
            DevicesModule.ModuleName, ProviderEventJob.Name, "Processes one provider webhook event: pulls and records the activity, deletes it, or revokes the connection");
        return services;
    }

    public static void MapProviderSync(this IEndpointRouteBuilder api)
    {
        api.MapListConnections();
        api.MapStartConnection();
        api.MapCompleteConnection();
        api.MapDisconnectProvider();
        api.MapStravaWebhook();
        api.MapPolarWebhook();
    }
}
