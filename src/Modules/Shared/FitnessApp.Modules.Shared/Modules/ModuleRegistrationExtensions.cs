using FitnessApp.Modules.Shared.Mediation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shared.Modules;

public static class ModuleRegistrationExtensions
{
    /// <summary>
    /// Adds <paramref name="module"/> unless <c>Modules:&lt;Name&gt;:Enabled</c> is false: its services,
    /// its mediator handlers and validators, its DbContext.
    /// </summary>
    public static IServiceCollection AddModule(this IServiceCollection services, IModule module, IConfiguration configuration)
    {
        if (!IsEnabledInConfiguration(module.Name, configuration))
        {
            return services;
        }

        var catalog = services.GetModuleCatalog();
        catalog.Add(module);
        services.AddMediatorHandlersFrom(module.Assembly);
        module.AddServices(services, configuration);
        return services;
    }

    /// <summary>Maps the endpoints of <typeparamref name="TModule"/> if it was added.</summary>
    public static IEndpointRouteBuilder MapModule<TModule>(this IEndpointRouteBuilder endpoints)
        where TModule : IModule
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<ModuleCatalog>();
        var module = catalog.Modules.OfType<TModule>().SingleOrDefault();
        module?.MapEndpoints(endpoints);
        return endpoints;
    }

    public static bool IsEnabledInConfiguration(string moduleName, IConfiguration configuration) =>
        configuration.GetValue($"Modules:{moduleName}:Enabled", defaultValue: true);

    /// <summary>The catalog is created once per service collection, before the container is built.</summary>
    public static ModuleCatalog GetModuleCatalog(this IServiceCollection services)
    {
        var descriptor = services.FirstOrDefault(d => d.ServiceType == typeof(ModuleCatalog));
        if (descriptor?.ImplementationInstance is ModuleCatalog existing)
        {
            return existing;
        }

        var catalog = new ModuleCatalog();
        services.AddSingleton(catalog);
        return catalog;
    }

    /// <summary>Whether the module of this name was added (for the host's own choices, e.g. navigation).</summary>
    public static bool IsModuleEnabled(this WebApplication app, string moduleName) =>
        app.Services.GetRequiredService<ModuleCatalog>().IsEnabled(moduleName);
}
