namespace FitnessApp.Modules.Devices.Providers;

internal static class ProviderRoutes
{
    public const string Providers = "/providers";

    /// <summary>Where the callback sends the athlete's browser back to.</summary>
    public const string PortalConnections = "/devices/connections";

    public static string Callback(string provider) => $"/api/v1/devices/providers/{provider}/callback";
}
