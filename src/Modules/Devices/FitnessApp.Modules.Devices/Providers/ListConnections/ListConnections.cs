using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Providers.ListConnections;

/// <summary>Every provider we sync from, with the athlete's connection to it if any.</summary>
internal sealed record ListConnections(Guid AthleteId) : IQuery<IReadOnlyList<ConnectionResponse>>;

/// <param name="Status">notConfigured, notConnected, connected, needsReconnect, revoked or disconnected.</param>
/// <param name="ActivitiesSynced">Activities recorded from this provider that still exist.</param>
internal sealed record ConnectionResponse(
    string Provider,
    string DisplayName,
    bool Configured,
    string Status,
    string? ProviderAthleteId,
    DateTime? ConnectedAt,
    DateTime? LastSyncAt,
    string? LastError,
    DateTime? LastErrorAt,
    int ActivitiesSynced);
