using FitnessApp.Host.Components;
using FitnessApp.Host.Portal.BlazorScript;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
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
                if (endpoint is not RouteEndpointBuilder { RoutePattern.RawText: { } route })
                {
                    return;
                }

                if (route.StartsWith("/_blazor", StringComparison.Ordinal))
                {
                    endpoint.Metadata.Add(new AllowAnonymousAttribute());
                }

                // The sign-in and registration forms post here: they share the API's auth rate limit (reads are not limited).
                if (route is PortalPaths.Login or PortalPaths.Register)
                {
                    endpoint.Metadata.Add(new EnableRateLimitingAttribute(PlatformPolicies.AuthRateLimit));
                }
            });
        return app;
    }
}
