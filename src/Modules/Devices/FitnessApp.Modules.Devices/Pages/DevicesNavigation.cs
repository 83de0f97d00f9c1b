using FitnessApp.Modules.Devices.Pages.Connections;
using FitnessApp.Modules.Shared.Modules;

namespace FitnessApp.Modules.Devices.Pages;

/// <summary>The Devices pages in the portal's sidebar; each entry's title comes from its own page's resources.</summary>
internal static class DevicesNavigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new(Registrations.RegistrationsPaths.Devices, "Nav_Devices", typeof(Registrations.RegistrationsText), "watch"),
        new(Health.HealthPaths.Health, "Nav_Health", typeof(Health.HealthText), "monitor_heart"),
        new(Imports.ImportPaths.Import, "Nav_Import", typeof(Imports.ImportsText), "upload_file"),
        new(ConnectionPaths.Connections, "Nav_Connections", typeof(ConnectionsText), "sync"),
    ];
}
