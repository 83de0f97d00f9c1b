using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shared.Modules;

/// <summary>
/// A module's one public entry point. The host lists modules explicitly (no assembly scanning) and
/// calls <see cref="AddServices"/> and <see cref="MapEndpoints"/> only when
/// <c>Modules:&lt;Name&gt;:Enabled</c> is not false.
/// </summary>
public interface IModule
{
    /// <summary>The module's name, as used in configuration (<c>Modules:Accounts:Enabled</c>).</summary>
    string Name { get; }

    /// <summary>The module's implementation assembly: handlers, validators and pages are found there.</summary>
    Assembly Assembly { get; }

    /// <summary>The module's contracts assembly: its public requests and integration events.</summary>
    Assembly ContractsAssembly { get; }

    /// <summary>The module's own DbContext (schema = module name in lower case), or null for a module without data.</summary>
    Type? DbContextType { get; }

    /// <summary>Whether the portal has pages of this module (its assembly is then given to the router).</summary>
    bool HasPages => false;

    /// <summary>The module's entries in the portal's sidebar, in display order.</summary>
    IReadOnlyList<NavigationEntry> Navigation => [];

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
