namespace FitnessApp.Modules.Devices.Pages.Health;

internal static class HealthPaths
{
    public const string Health = "/devices/health";
}
