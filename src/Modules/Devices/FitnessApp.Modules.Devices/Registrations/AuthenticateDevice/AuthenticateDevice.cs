using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Registrations.AuthenticateDevice;

/// <summary>The device a token belongs to; a missing, malformed, unknown or revoked token is a 401.</summary>
internal sealed record AuthenticateDevice(string? Token) : IQuery<AuthenticatedDevice>;

internal sealed record AuthenticatedDevice(Guid DeviceId, Guid OwnerId, string Name);
