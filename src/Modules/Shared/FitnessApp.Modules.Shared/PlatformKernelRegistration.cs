using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Mediation;
using FitnessApp.Modules.Shared.Messaging;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FitnessApp.Modules.Shared;

public static class PlatformKernelRegistration
{
    /// <summary>
    /// The kernel services every module relies on. Reads the database settings at once so that a
    /// wrong provider stops the host before anything else starts.
    /// </summary>
    public static IServiceCollection AddPlatformKernel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.GetModuleCatalog();
        services.AddSingleton(DatabaseSettings.From(configuration, environment));
        services.TryAddSingleton(TimeProvider.System);
        services.AddPlatformMediator();
        ValidationNames.UseCamelCaseNames();

        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSignalInterceptor>();
        services.AddSingleton<AfterCommitInterceptor>();
        services.AddMetrics();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<PlatformCleanup>();
        services.AddHostedService<OutboxDispatchService>();
        return services;
    }
}
