using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Modules;

namespace FitnessApp.Host.Startup;

/// <summary>
/// Migrates every module's database, runs the modules' startup tasks and seeds demo data, before any
/// other hosted service (jobs, outbox dispatch) starts and before the server accepts a request.
/// </summary>
internal sealed class StartupPreparation(IServiceProvider services, ILogger<StartupPreparation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabaseMigrator.MigrateModulesAsync(services, cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
            {
                await task.RunAsync(cancellationToken);
            }
        }

        await DemoSeeding.SeedDemoDataAsync(services, cancellationToken);
        logger.LogInformation("Startup preparation done");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static class StartupPreparationRegistration
{
    /// <summary>Must be the first hosted service registered: hosted services start in registration order.</summary>
    public static IServiceCollection AddStartupPreparation(this IServiceCollection services)
    {
        var firstHostedService = services.ToList().FindIndex(d => d.ServiceType == typeof(IHostedService));
        var descriptor = ServiceDescriptor.Singleton<IHostedService, StartupPreparation>();
        if (firstHostedService < 0)
        {
            services.Add(descriptor);
        }
        else
        {
            services.Insert(firstHostedService, descriptor);
        }

        return services;
    }
}
