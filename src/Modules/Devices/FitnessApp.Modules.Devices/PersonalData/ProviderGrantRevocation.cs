using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Providers;
using FitnessApp.Modules.Devices.Providers.OAuth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.PersonalData;

/// <summary>
/// Before an erased user's connections are deleted, asks each provider to deauthorize the grant, as a disconnect does.
/// Best effort: a provider that is down, refuses or times out is logged and the erasure goes on (the tokens are
/// forgotten anyway, and the athlete can still revoke the app at the provider).
/// </summary>
internal sealed partial class ProviderGrantRevocation(
    DevicesDbContext db,
    ProviderConnectors connectors,
    ConnectionTokens tokens,
    IOptions<ProvidersOptions> options,
    ILogger<ProviderGrantRevocation> logger)
{
    public async Task RevokeAllAsync(Guid athleteId, CancellationToken cancellationToken)
    {
        var connections = await db.ProviderConnections.Where(c => c.AthleteId == athleteId).ToListAsync(cancellationToken);
        foreach (var connection in connections.Where(c => c.IsActive))
        {
            if (connectors.All.FirstOrDefault(c => c.Name == connection.Provider) is not { } connector)
            {
                continue;
            }

            try
            {
                var accessToken = await tokens.AccessTokenAsync(connector, connection, cancellationToken);
                await connector.DeauthorizeAsync(options.Value.For(connector.Name), connection, accessToken, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                LogFailed(logger, connector.Name, athleteId, exception.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deauthorizing {Provider} for erased athlete {AthleteId} failed; the erasure goes on: {Reason}")]
    private static partial void LogFailed(ILogger logger, string provider, Guid athleteId, string reason);
}
