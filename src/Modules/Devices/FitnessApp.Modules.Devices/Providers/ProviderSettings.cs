namespace FitnessApp.Modules.Devices.Providers;

/// <summary>One provider's settings (<c>Devices:Providers:Strava</c>, <c>Devices:Providers:Polar</c>).</summary>
internal sealed class ProviderSettings
{
    /// <summary>Where the provider's token and API endpoints live, e.g. <c>https://www.strava.com</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The page the athlete approves access on, e.g. <c>https://www.strava.com/oauth/authorize</c>.</summary>
    public string? AuthorizeUrl { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The token the provider echoes in its webhook subscription handshake.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The callback the provider redirects to; derived from the request when not set.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>The secret the provider signs its webhook calls with (HMAC-SHA256).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The access asked for; the provider's default when not set.</summary>
    public string? Scope { get; set; }

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(BaseUrl) && !string.IsNullOrWhiteSpace(AuthorizeUrl);

    public Uri Api(string pathAndQuery) => new(BaseUrl!.TrimEnd('/') + pathAndQuery);
}
