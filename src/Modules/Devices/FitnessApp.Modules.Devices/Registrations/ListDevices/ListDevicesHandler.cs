using FitnessApp.Modules.Devices.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Registrations.ListDevices;

internal sealed class ListDevicesHandler(DevicesDbContext db) : IRequestHandler<ListDevices, IReadOnlyList<DeviceResponse>>
{
    public async Task<IReadOnlyList<DeviceResponse>> Handle(ListDevices request, CancellationToken cancellationToken)
    {
        var devices = await db.DeviceRegistrations.AsNoTracking()
            .Where(d => d.OwnerId == request.OwnerId)
            .ToListAsync(cancellationToken);
        return devices.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Select(DeviceResponse.From).ToList();
    }
}
