namespace FitnessApp.Modules.Devices.Providers;

/// <summary>The <c>Devices:Providers</c> section.</summary>
internal sealed class ProvidersOptions
{
    public const string Section = "Devices:Providers";

    public ProviderSettings Strava { get; set; } = new();

    public ProviderSettings Polar { get; set; } = new();

    /// <summary>Outbound calls to a provider give up after this long.</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An access token with less than this left is refreshed before the call.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a started authorization (its state and PKCE verifier) may wait for the callback.</summary>
    public TimeSpan AuthorizationLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The share of a rate-limit window we use at most; past it, work waits for a retry instead of calling.</summary>
    public double RateLimitShare { get; set; } = 0.9;

    public ProviderSettings For(string provider) => provider switch
    {
        ProviderNames.Strava => Strava,
        ProviderNames.Polar => Polar,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };
}
