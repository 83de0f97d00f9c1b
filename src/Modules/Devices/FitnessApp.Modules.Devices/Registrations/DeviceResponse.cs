using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Devices.Registrations;

/// <summary>A registered device as its owner sees it; <c>kind</c> is the wire name (<c>heartRateStrap</c>).</summary>
internal sealed record DeviceResponse(Guid Id, string Kind, string Name, DateTime CreatedAt, DateTime? LastSeenAt, DateTime? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;

    public static DeviceResponse From(DeviceRegistration device) =>
        new(device.Id, WireNames.Of(device.Kind), device.Name, device.CreatedAt, device.LastSeenAt, device.RevokedAt);
}

/// <summary>The answer to a registration: the device and its token, which is shown this once only.</summary>
internal sealed record RegisteredDevice(DeviceResponse Device, string Token);
