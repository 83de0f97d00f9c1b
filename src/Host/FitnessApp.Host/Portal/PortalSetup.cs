using FitnessApp.Host.Components;
using FitnessApp.Host.Portal.BlazorScript;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.AspNetCore.Authorization;
using Radzen;

namespace FitnessApp.Host.Portal;

/// <summary>The Blazor Server portal: components, localization (en, ru), navigation, module pages.</summary>
internal static class PortalSetup
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddHttpContextAccessor();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddPlatformNavigation();
        return services;
    }

    public static WebApplication UsePortalLocalization(this WebApplication app)
    {
        app.UseRequestLocalization(PortalCultures.Options());
        return app;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        var modules = app.Services.GetRequiredService<ModuleCatalog>();
        app.MapStaticAssets().AllowAnonymous();
        app.MapBlazorScript();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies([.. modules.PageAssemblies])
            .Add(endpoint =>
            {
                // The circuit's own endpoints serve visitors too; pages enforce [Authorize] through AuthorizeRouteView.
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && route.StartsWith("/_blazor", StringComparison.Ordinal))
                {
                    endpoint.Metadata.Add(new AllowAnonymousAttribute());
                }
            });
        return app;
    }
}
