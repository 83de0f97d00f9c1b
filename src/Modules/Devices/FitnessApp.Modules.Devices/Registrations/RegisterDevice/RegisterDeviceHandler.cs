using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Web;
using MediatR;

namespace FitnessApp.Modules.Devices.Registrations.RegisterDevice;

internal sealed class RegisterDeviceHandler(DevicesDbContext db, TimeProvider clock) : IRequestHandler<RegisterDevice, RegisteredDevice>
{
    public Task<RegisteredDevice> Handle(RegisterDevice request, CancellationToken cancellationToken)
    {
        var token = DeviceTokens.Create();
        var device = new DeviceRegistration
        {
            OwnerId = request.OwnerId,
            Kind = WireNames.Parse<DeviceKind>(request.Kind!),
            Name = request.Name!.Trim(),
            TokenHash = DeviceTokens.Hash(token),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.DeviceRegistrations.Add(device);
        return Task.FromResult(new RegisteredDevice(DeviceResponse.From(device), token));
    }
}
