using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Registrations.RevokeDevice;

/// <summary>Revokes the owner's device: its token stops working at once; its samples and metrics stay. Idempotent.</summary>
internal sealed record RevokeDevice(Guid DeviceId, Guid OwnerId) : ICommand<DeviceResponse>;
