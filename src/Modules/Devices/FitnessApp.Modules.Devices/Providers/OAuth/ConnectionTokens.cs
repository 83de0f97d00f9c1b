using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Providers.Domain;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Providers.OAuth;

/// <summary>
/// A usable access token for a connection: refreshed first when it expires within the refresh margin (the new tokens are
/// saved at once, since the provider may have invalidated the old refresh token). A refused refresh marks the connection
/// as needing the athlete to reconnect.
/// </summary>
internal sealed class ConnectionTokens(
    DevicesDbContext db, OAuthClient oauth, TokenProtector protector, IOptions<ProvidersOptions> options, TimeProvider clock)
{
    public async Task<string> AccessTokenAsync(IProviderConnector connector, ProviderConnection connection, CancellationToken cancellationToken)
    {
        if (!connection.IsActive || connection.ProtectedAccessToken is null)
        {
            throw new ProviderAuthorizationException("The connection has no valid authorization; connect again.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (connection.ExpiresAt is not { } expiresAt || expiresAt - now > options.Value.RefreshMargin)
        {
            return protector.Unprotect(connection.ProtectedAccessToken);
        }

        if (connection.ProtectedRefreshToken is null)
        {
            await LoseAsync(connection, "The access token expired and the provider gave no refresh token; connect again.", now);
        }

        OAuthTokens tokens;
        try
        {
            tokens = await oauth.RefreshAsync(connector, options.Value.For(connector.Name), protector.Unprotect(connection.ProtectedRefreshToken!), cancellationToken);
        }
        catch (ProviderAuthorizationException exception)
        {
            await LoseAsync(connection, $"{exception.Message} Connect again.", now);
            throw;
        }

        connection.ProtectedAccessToken = protector.Protect(tokens.AccessToken);
        connection.ProtectedRefreshToken = protector.ProtectOrNull(tokens.RefreshToken) ?? connection.ProtectedRefreshToken;
        connection.ExpiresAt = tokens.ExpiresAt;
        connection.UpdatedAt = now;
        await db.SaveChangesAsync(CancellationToken.None);
        return tokens.AccessToken;
    }

    private async Task LoseAsync(ProviderConnection connection, string error, DateTime now)
    {
        connection.Forget(ConnectionStatus.NeedsReconnect, now);
        connection.Failed(error, now);
        await db.SaveChangesAsync(CancellationToken.None);
        throw new ProviderAuthorizationException(error);
    }
}
