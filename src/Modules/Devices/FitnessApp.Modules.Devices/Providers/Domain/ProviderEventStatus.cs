namespace FitnessApp.Modules.Devices.Providers.Domain;

internal enum ProviderEventStatus
{
    Pending,
    Done,

    /// <summary>Nothing to do: no connected athlete, an activity without a track, an update of something not synced.</summary>
    Ignored,

    /// <summary>Failed for a reason a retry will not cure (e.g. the connection needs the athlete to reconnect).</summary>
    Failed,
}
