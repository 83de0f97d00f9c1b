using System.Reflection;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Platform.Probe;

/// <summary>
/// A test-only module that consumes Accounts' <c>UserRegistered</c> through the outbox and its own
/// inbox, the way a real second module would: own schema, own migration, own handler.
/// </summary>
public sealed class ProbeModule : IModule
{
    public string Name => "Probe";

    public Assembly Assembly => typeof(ProbeModule).Assembly;

    public Assembly ContractsAssembly => typeof(ProbeModule).Assembly;

    public Type? DbContextType => typeof(ProbeDbContext);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ProbeDbContext>(ProbeDbContext.Schema);
        services.AddSingleton<ProbeFaults>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

public static class ProbeModuleRegistration
{
    /// <summary>Adds the probe module to a host under test (after Program's own modules).</summary>
    public static FitnessAppFactory WithProbeModule(this FitnessAppFactory app) =>
        app.WithServices(services => services.AddModule(new ProbeModule(), new ConfigurationBuilder().Build()));
}
