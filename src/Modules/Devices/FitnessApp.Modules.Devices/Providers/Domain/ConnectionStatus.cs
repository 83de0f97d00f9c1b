namespace FitnessApp.Modules.Devices.Providers.Domain;

internal enum ConnectionStatus
{
    Connected,

    /// <summary>The provider refused to refresh the tokens: the athlete has to connect again.</summary>
    NeedsReconnect,

    /// <summary>The athlete revoked our access at the provider (a deauthorization event).</summary>
    Revoked,

    /// <summary>The athlete disconnected here.</summary>
    Disconnected,
}
