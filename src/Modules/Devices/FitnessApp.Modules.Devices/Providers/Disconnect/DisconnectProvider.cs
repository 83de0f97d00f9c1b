using MediatR;

namespace FitnessApp.Modules.Devices.Providers.Disconnect;

/// <summary>
/// Disconnects the athlete's provider account: the provider is told (deauthorize; a failure there does not keep the
/// tokens) and the tokens are deleted. Not a unit-of-work command: it calls the provider.
/// </summary>
internal sealed record DisconnectProvider(Guid AthleteId, string Provider) : IRequest<Unit>;
