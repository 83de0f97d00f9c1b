namespace FitnessApp.Modules.Devices.Pages.Registrations;

internal static class RegistrationsPaths
{
    public const string Devices = "/devices";
}
