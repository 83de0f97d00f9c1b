using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Registrations.AuthenticateDevice;

internal sealed class AuthenticateDeviceHandler(DevicesDbContext db) : IRequestHandler<AuthenticateDevice, AuthenticatedDevice>
{
    public async Task<AuthenticatedDevice> Handle(AuthenticateDevice request, CancellationToken cancellationToken)
    {
        if (!DeviceTokens.IsWellFormed(request.Token))
        {
            throw new UnauthorizedException("Send the device token as 'Authorization: Device <token>'.");
        }

        var hash = DeviceTokens.Hash(request.Token!);
        var device = await db.DeviceRegistrations.AsNoTracking()
            .Where(d => d.TokenHash == hash)
            .Select(d => new { d.Id, d.OwnerId, d.Name, d.RevokedAt })
            .SingleOrDefaultAsync(cancellationToken);
        return device is null || device.RevokedAt is not null
            ? throw new UnauthorizedException("The device token is unknown or was revoked.")
            : new AuthenticatedDevice(device.Id, device.OwnerId, device.Name);
    }
}
