namespace FitnessApp.Modules.Devices.Registrations;

internal static class DeviceRoutes
{
    public const string Registrations = "/registrations";

    public static string Of(Guid id) => $"/api/v1/devices{Registrations}/{id}";
}
