namespace FitnessApp.Modules.Devices.Providers.Domain;

/// <summary>
/// A started OAuth authorization: the random state sent to the provider, bound to the athlete, short-lived and used
/// once, with the PKCE verifier kept server-side (protected).
/// </summary>
internal sealed class ProviderAuthorization
{
    public const int StateMaxLength = 100;
    public const int VerifierMaxLength = 1000;
    public const int RedirectUriMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string State { get; init; }

    public Guid AthleteId { get; init; }

    public required string Provider { get; init; }

    public required string ProtectedCodeVerifier { get; init; }

    public required string RedirectUri { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? UsedAt { get; set; }
}
