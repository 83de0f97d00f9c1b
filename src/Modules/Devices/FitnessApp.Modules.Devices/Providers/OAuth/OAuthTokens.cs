namespace FitnessApp.Modules.Devices.Providers.OAuth;

/// <summary>A token endpoint's answer: the refresh token and expiry when the provider gives them, the athlete's id at the provider.</summary>
internal sealed record OAuthTokens(string AccessToken, string? RefreshToken, DateTime? ExpiresAt, string? ProviderAthleteId, string? Scope);
