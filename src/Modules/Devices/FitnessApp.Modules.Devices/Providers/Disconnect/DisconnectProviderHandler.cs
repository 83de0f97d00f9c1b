using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Devices.Providers.OAuth;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Providers.Disconnect;

internal sealed class DisconnectProviderHandler(
    DevicesDbContext db,
    ProviderConnectors connectors,
    ConnectionTokens tokens,
    IOptions<ProvidersOptions> options,
    TimeProvider clock,
    ILogger<DisconnectProviderHandler> logger) : IRequestHandler<DisconnectProvider, Unit>
{
    public async Task<Unit> Handle(DisconnectProvider request, CancellationToken cancellationToken)
    {
        var connector = connectors.Get(request.Provider);
        var connection = await db.ProviderConnections.SingleOrDefaultAsync(
            c => c.AthleteId == request.AthleteId && c.Provider == connector.Name && c.Status != ConnectionStatus.Disconnected, cancellationToken)
            ?? throw new NotFoundException("Connection", connector.Name);
        if (connection.IsActive)
        {
            try
            {
                var accessToken = await tokens.AccessTokenAsync(connector, connection, cancellationToken);
                await connector.DeauthorizeAsync(options.Value.For(connector.Name), connection, accessToken, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or ProviderAuthorizationException or TaskCanceledException
                && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Deauthorizing {Provider} for athlete {AthleteId} failed; the tokens are deleted anyway: {Reason}",
                    connector.Name, request.AthleteId, exception.Message);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        connection.Forget(ConnectionStatus.Disconnected, now);
        connection.LastError = null;
        connection.LastErrorAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
