namespace FitnessApp.Modules.Devices.Providers;

/// <summary>The provider asks us to slow down (HTTP 429, or its rate-limit headers say the window is nearly used): retry later.</summary>
internal sealed class ProviderRateLimitedException(string message) : Exception(message);

/// <summary>The provider refused our credentials (a refresh token or an access token): the athlete has to connect again.</summary>
internal sealed class ProviderAuthorizationException(string message) : Exception(message);
