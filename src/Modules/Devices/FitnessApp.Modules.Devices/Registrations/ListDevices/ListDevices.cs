using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Registrations.ListDevices;

/// <summary>The owner's devices, newest first, revoked ones included.</summary>
internal sealed record ListDevices(Guid OwnerId) : IQuery<IReadOnlyList<DeviceResponse>>;
