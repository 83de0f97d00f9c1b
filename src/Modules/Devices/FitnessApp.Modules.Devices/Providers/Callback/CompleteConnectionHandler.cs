using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Devices.Providers.OAuth;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Providers.Callback;

internal sealed class CompleteConnectionHandler(
    DevicesDbContext db,
    ProviderConnectors connectors,
    OAuthClient oauth,
    TokenProtector protector,
    IOptions<ProvidersOptions> options,
    TimeProvider clock) : IRequestHandler<CompleteConnection, string>
{
    public async Task<string> Handle(CompleteConnection request, CancellationToken cancellationToken)
    {
        var connector = connectors.Get(request.Provider);
        var now = clock.GetUtcNow().UtcDateTime;
        var authorization = await db.ProviderAuthorizations.AsNoTracking()
            .SingleOrDefaultAsync(a => a.State == request.State && a.Provider == connector.Name, cancellationToken);
        if (authorization is null || authorization.UsedAt is not null || authorization.ExpiresAt <= now)
        {
            throw BadState();
        }

        // Spent before anything else, atomically: of two callbacks with one state, only one gets past here.
        var spent = await db.ProviderAuthorizations.Where(a => a.Id == authorization.Id && a.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.UsedAt, now), cancellationToken);
        if (spent == 0)
        {
            throw BadState();
        }

        if (!string.IsNullOrEmpty(request.Error))
        {
            return $"{ProviderRoutes.PortalConnections}?declined={connector.Name}";
        }

        OAuthTokens tokens;
        try
        {
            tokens = await oauth.ExchangeCodeAsync(
                connector, options.Value.For(connector.Name), request.Code!, protector.Unprotect(authorization.ProtectedCodeVerifier), authorization.RedirectUri, cancellationToken);
        }
        catch (ProviderAuthorizationException exception)
        {
            throw FieldErrors.For("code", $"{connector.DisplayName} refused the authorization code: {exception.Message}");
        }

        if (tokens.ProviderAthleteId is null)
        {
            throw FieldErrors.For("code", $"{connector.DisplayName} did not say which account was authorized.");
        }

        await SaveConnectionAsync(connector, authorization.AthleteId, tokens, now, cancellationToken);
        return $"{ProviderRoutes.PortalConnections}?connected={connector.Name}";
    }

    private async Task SaveConnectionAsync(IProviderConnector connector, Guid athleteId, OAuthTokens tokens, DateTime now, CancellationToken cancellationToken)
    {
        var taken = await db.ProviderConnections.AnyAsync(
            c => c.Provider == connector.Name && c.ProviderAthleteId == tokens.ProviderAthleteId && c.AthleteId != athleteId && c.Status == ConnectionStatus.Connected,
            cancellationToken);
        if (taken)
        {
            throw new ConflictException($"This {connector.DisplayName} account is already connected to another athlete here.");
        }

        var connection = await db.ProviderConnections.SingleOrDefaultAsync(c => c.AthleteId == athleteId && c.Provider == connector.Name, cancellationToken);
        if (connection is null)
        {
            connection = new ProviderConnection { AthleteId = athleteId, Provider = connector.Name };
            db.ProviderConnections.Add(connection);
        }

        connection.ProviderAthleteId = tokens.ProviderAthleteId;
        connection.ProtectedAccessToken = protector.Protect(tokens.AccessToken);
        connection.ProtectedRefreshToken = protector.ProtectOrNull(tokens.RefreshToken);
        connection.ExpiresAt = tokens.ExpiresAt;
        connection.Scope = tokens.Scope is { Length: > ProviderConnection.ScopeMaxLength } scope ? scope[..ProviderConnection.ScopeMaxLength] : tokens.Scope;
        connection.Status = ConnectionStatus.Connected;
        connection.ConnectedAt = now;
        connection.LastError = null;
        connection.LastErrorAt = null;
        connection.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Exception BadState() =>
        FieldErrors.For("state", "The authorization is unknown, expired or already used; start connecting again.");
}
