using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Providers.Connect;

/// <summary>
/// Starts the athlete's OAuth authorization at the provider: a random single-use state bound to the athlete and a PKCE
/// verifier are stored (short-lived); the answer is the provider's authorize URL to send the athlete to.
/// </summary>
/// <param name="CallbackUri">Our callback's absolute URL as the caller sees it; <c>RedirectUri</c> in configuration wins.</param>
internal sealed record StartConnection(Guid AthleteId, string Provider, string CallbackUri) : ICommand<ConnectionStart>;

/// <param name="AuthorizeUrl">Where to send the athlete's browser.</param>
/// <param name="ExpiresAt">Until when the callback is accepted (UTC).</param>
internal sealed record ConnectionStart(string AuthorizeUrl, DateTime ExpiresAt);
