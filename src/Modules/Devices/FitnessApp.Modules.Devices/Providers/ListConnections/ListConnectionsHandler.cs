using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Providers.ListConnections;

internal sealed class ListConnectionsHandler(DevicesDbContext db, ProviderConnectors connectors, IOptions<ProvidersOptions> options)
    : IRequestHandler<ListConnections, IReadOnlyList<ConnectionResponse>>
{
    public async Task<IReadOnlyList<ConnectionResponse>> Handle(ListConnections request, CancellationToken cancellationToken)
    {
        var connections = await db.ProviderConnections.AsNoTracking().Where(c => c.AthleteId == request.AthleteId).ToListAsync(cancellationToken);
        var synced = await db.SyncedActivities.Where(s => s.AthleteId == request.AthleteId)
            .GroupBy(s => s.Provider).Select(g => new { Provider = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. connectors.All.Select(connector =>
        {
            var configured = options.Value.For(connector.Name).IsConfigured;
            var connection = connections.FirstOrDefault(c => c.Provider == connector.Name);
            var status = connection is not null ? WireNames.Of(connection.Status) : configured ? "notConnected" : "notConfigured";
            return new ConnectionResponse(
                connector.Name,
                connector.DisplayName,
                configured,
                status,
                connection?.ProviderAthleteId,
                connection?.ConnectedAt,
                connection?.LastSyncAt,
                connection?.LastError,
                connection?.LastErrorAt,
                synced.FirstOrDefault(s => s.Provider == connector.Name)?.Count ?? 0);
        })];
    }
}
