namespace FitnessApp.Modules.Devices.Providers.Domain;

/// <summary>
/// One athlete's link to one provider account. The tokens are stored protected (ASP.NET Core Data Protection), never
/// in clear; they are null once the link is revoked or disconnected.
/// </summary>
internal sealed class ProviderConnection
{
    public const int ProviderMaxLength = 20;
    public const int ProviderAthleteIdMaxLength = 100;
    public const int TokenMaxLength = 4000;
    public const int ScopeMaxLength = 200;
    public const int ErrorMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AthleteId { get; init; }

    public required string Provider { get; init; }

    /// <summary>The athlete's id at the provider: what its webhook events name.</summary>
    public string? ProviderAthleteId { get; set; }

    public string? ProtectedAccessToken { get; set; }

    public string? ProtectedRefreshToken { get; set; }

    /// <summary>When the access token expires (UTC); null when the provider does not say.</summary>
    public DateTime? ExpiresAt { get; set; }

    public string? Scope { get; set; }

    public ConnectionStatus Status { get; set; }

    public DateTime ConnectedAt { get; set; }

    public DateTime? LastSyncAt { get; set; }

    public string? LastError { get; set; }

    public DateTime? LastErrorAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool IsActive => Status == ConnectionStatus.Connected;

    public void Failed(string error, DateTime now)
    {
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        LastErrorAt = now;
        UpdatedAt = now;
    }

    /// <summary>The tokens are forgotten: what revocation, deauthorization and disconnection have in common.</summary>
    public void Forget(ConnectionStatus status, DateTime now)
    {
        Status = status;
        ProtectedAccessToken = null;
        ProtectedRefreshToken = null;
        ExpiresAt = null;
        UpdatedAt = now;
    }
}
