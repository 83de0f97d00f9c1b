using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Registrations.RevokeDevice;

internal sealed class RevokeDeviceHandler(DevicesDbContext db, TimeProvider clock) : IRequestHandler<RevokeDevice, DeviceResponse>
{
    public async Task<DeviceResponse> Handle(RevokeDevice request, CancellationToken cancellationToken)
    {
        var device = await db.DeviceRegistrations.SingleOrDefaultAsync(d => d.Id == request.DeviceId && d.OwnerId == request.OwnerId, cancellationToken)
            ?? throw new NotFoundException("Device", request.DeviceId);
        device.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        return DeviceResponse.From(device);
    }
}
