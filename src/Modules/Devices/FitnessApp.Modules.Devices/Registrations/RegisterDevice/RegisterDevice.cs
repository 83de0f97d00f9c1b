using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Registrations.RegisterDevice;

/// <summary>Registers a device for <see cref="OwnerId"/>; <see cref="Kind"/> is a wire name (<c>phone</c>, <c>heartRateStrap</c>).</summary>
internal sealed record RegisterDevice(Guid OwnerId, string? Kind, string? Name) : ICommand<RegisteredDevice>;
