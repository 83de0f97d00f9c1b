using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace FitnessApp.Modules.Devices.Providers.OAuth;

/// <summary>
/// The token endpoint of RFC 6749: an authorization code (with its PKCE verifier) or a refresh token for tokens. A 4xx
/// answer throws <see cref="ProviderAuthorizationException"/>; a 5xx or a network failure throws
/// <see cref="HttpRequestException"/> (worth retrying).
/// </summary>
internal sealed class OAuthClient(ProviderHttp http, TimeProvider clock)
{
    public Task<OAuthTokens> ExchangeCodeAsync(
        IProviderConnector connector, ProviderSettings settings, string code, string verifier, string redirectUri, CancellationToken cancellationToken) =>
        RequestAsync(
            connector,
            settings,
            [new("grant_type", "authorization_code"), new("code", code), new("code_verifier", verifier), new("redirect_uri", redirectUri)],
            cancellationToken);

    public Task<OAuthTokens> RefreshAsync(IProviderConnector connector, ProviderSettings settings, string refreshToken, CancellationToken cancellationToken) =>
        RequestAsync(connector, settings, [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)], cancellationToken);

    private async Task<OAuthTokens> RequestAsync(
        IProviderConnector connector, ProviderSettings settings, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Api(connector.TokenPath));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (connector.UsesBasicClientAuthentication)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
        else
        {
            form.Add(new("client_id", settings.ClientId ?? string.Empty));
            form.Add(new("client_secret", settings.ClientSecret ?? string.Empty));
        }

        request.Content = new FormUrlEncodedContent(form);
        using var response = await http.Client.SendAsync(request, cancellationToken);
        var grant = form[0].Value;
        if ((int)response.StatusCode >= 500)
        {
            throw new HttpRequestException($"The provider's token endpoint answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ProviderAuthorizationException($"The provider refused the {grant} grant (HTTP {(int)response.StatusCode}).");
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return Read(json.RootElement, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// Reads a token response: <c>expires_at</c> (Unix seconds, Strava) or <c>expires_in</c>; the athlete's id from
    /// <c>athlete.id</c> (Strava) or <c>x_user_id</c> (Polar).
    /// </summary>
    internal static OAuthTokens Read(JsonElement body, DateTime now)
    {
        var access = String(body, "access_token") ?? throw new ProviderAuthorizationException("The provider's token response has no access_token.");
        DateTime? expiresAt = Number(body, "expires_at") is { } at
            ? DateTimeOffset.FromUnixTimeSeconds(at).UtcDateTime
            : Number(body, "expires_in") is { } seconds ? now.AddSeconds(seconds) : null;
        var athlete = body.TryGetProperty("athlete", out var a) && a.ValueKind == JsonValueKind.Object ? Text(a, "id") : Text(body, "x_user_id");
        return new OAuthTokens(access, String(body, "refresh_token"), expiresAt, athlete, String(body, "scope"));
    }

    private static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    private static string? Text(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetInt64().ToString(CultureInfo.InvariantCulture)
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : null;
}
