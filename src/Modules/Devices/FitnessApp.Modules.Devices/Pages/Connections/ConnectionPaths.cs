using FitnessApp.Modules.Devices.Providers;

namespace FitnessApp.Modules.Devices.Pages.Connections;

internal static class ConnectionPaths
{
    public const string Connections = ProviderRoutes.PortalConnections;
}
