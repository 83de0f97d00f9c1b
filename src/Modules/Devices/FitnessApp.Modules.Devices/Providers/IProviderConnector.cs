using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Providers;

/// <summary>
/// What differs between providers; the framework (OAuth with PKCE, token refresh, the event queue and its job,
/// idempotent recording in Training) is shared.
/// </summary>
internal interface IProviderConnector
{
    string Name { get; }

    string DisplayName { get; }

    /// <summary>The scope asked for when <see cref="ProviderSettings.Scope"/> is not set.</summary>
    string DefaultScope { get; }

    /// <summary>The token endpoint, relative to <see cref="ProviderSettings.BaseUrl"/>.</summary>
    string TokenPath { get; }

    /// <summary>Whether the client authenticates at the token endpoint with HTTP Basic rather than form fields.</summary>
    bool UsesBasicClientAuthentication { get; }

    /// <summary>Whether activities synced from this provider may be seen by their owner only (the provider's terms).</summary>
    bool OwnerOnly { get; }

    /// <summary>Tells the provider we let go of the athlete's authorization.</summary>
    Task DeauthorizeAsync(ProviderSettings settings, ProviderConnection connection, string accessToken, CancellationToken cancellationToken);

    /// <summary>Downloads the event's activity and turns it into Training's command; null when it has no track to record.</summary>
    Task<RecordTrackActivity?> FetchAsync(
        ProviderSettings settings, ProviderEvent providerEvent, ProviderConnection connection, string accessToken, CancellationToken cancellationToken);
}
