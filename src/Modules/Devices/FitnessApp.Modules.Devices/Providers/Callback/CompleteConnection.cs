using MediatR;

namespace FitnessApp.Modules.Devices.Providers.Callback;

/// <summary>
/// The provider's redirect back: the state names the athlete (single use, unexpired), the code is exchanged with the
/// stored PKCE verifier, the connection is stored. Answers the portal address to send the browser to. Not a
/// unit-of-work command: it calls the provider, so it saves in steps (the state is spent before the exchange).
/// </summary>
/// <param name="Error">The provider's <c>error</c> when the athlete declined.</param>
internal sealed record CompleteConnection(string Provider, string? Code, string? State, string? Error) : IRequest<string>;
