using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Shared.Demo;

public static class DemoSeeding
{
    public const string EnabledKey = "Demo:Enabled";

    /// <summary>Also seed when the database already has real users (normally refused).</summary>
    public const string ForceKey = "Demo:Force";

    /// <summary>Runs every registered seeder in module order when <c>Demo:Enabled</c> is true.</summary>
    public static async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue<bool>(EnabledKey))
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeding));
        await using var scope = services.CreateAsyncScope();
        var context = new DemoSeedContext();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>())
        {
            await seeder.SeedAsync(context, cancellationToken);
        }

        logger.LogInformation("Demo data ready: {Athletes} demo athlete(s)", context.Athletes.Count);
    }
}
