namespace FitnessApp.Modules.Accounts.Identity;

/// <summary><c>Accounts:*</c> settings.</summary>
internal sealed class AccountsOptions
{
    public const string Section = "Accounts";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long a node trusts an account's security stamp it read for bearer validation.</summary>
    public TimeSpan BearerStampCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    public BootstrapOptions Bootstrap { get; set; } = new();

    /// <summary>The first admin, created at startup when both values are set.</summary>
    internal sealed class BootstrapOptions
    {
        public string? AdminEmail { get; set; }

        public string? AdminPassword { get; set; }
    }
}
