namespace FitnessApp.Host.Portal;

/// <summary>The Blazor Server portal: components, localization (en, ru), module pages.</summary>
internal static class PortalSetup
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        return services;
    }

    public static WebApplication UsePortalLocalization(this WebApplication app) => app;

    public static WebApplication MapPortal(this WebApplication app) => app;
}
