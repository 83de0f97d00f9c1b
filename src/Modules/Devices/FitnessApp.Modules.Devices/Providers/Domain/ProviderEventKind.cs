namespace FitnessApp.Modules.Devices.Providers.Domain;

internal enum ProviderEventKind
{
    ActivityCreated,
    ActivityUpdated,
    ActivityDeleted,
    Deauthorized,
}
