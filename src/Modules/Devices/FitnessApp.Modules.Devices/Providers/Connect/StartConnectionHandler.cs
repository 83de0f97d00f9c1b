using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Devices.Providers.OAuth;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Providers.Connect;

internal sealed class StartConnectionHandler(
    DevicesDbContext db, ProviderConnectors connectors, TokenProtector protector, IOptions<ProvidersOptions> options, TimeProvider clock)
    : IRequestHandler<StartConnection, ConnectionStart>
{
    public async Task<ConnectionStart> Handle(StartConnection request, CancellationToken cancellationToken)
    {
        var connector = connectors.Get(request.Provider);
        var settings = options.Value.For(connector.Name);
        if (!settings.IsConfigured)
        {
            throw new ConflictException($"{connector.DisplayName} is not configured on this server, so it cannot be connected.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.ProviderAuthorizations.Where(a => a.AthleteId == request.AthleteId && a.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var verifier = Pkce.NewVerifier();
        var authorization = new ProviderAuthorization
        {
            State = Pkce.NewState(),
            AthleteId = request.AthleteId,
            Provider = connector.Name,
            ProtectedCodeVerifier = protector.Protect(verifier),
            RedirectUri = string.IsNullOrWhiteSpace(settings.RedirectUri) ? request.CallbackUri : settings.RedirectUri,
            CreatedAt = now,
            ExpiresAt = now + options.Value.AuthorizationLifetime,
        };
        db.ProviderAuthorizations.Add(authorization);
        var url = QueryHelpers.AddQueryString(settings.AuthorizeUrl!, new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["redirect_uri"] = authorization.RedirectUri,
            ["response_type"] = "code",
            ["scope"] = string.IsNullOrWhiteSpace(settings.Scope) ? connector.DefaultScope : settings.Scope,
            ["state"] = authorization.State,
            ["code_challenge"] = Pkce.ChallengeOf(verifier),
            ["code_challenge_method"] = Pkce.Method,
        });
        return new ConnectionStart(url, authorization.ExpiresAt);
    }
}
