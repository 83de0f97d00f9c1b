namespace FitnessApp.Modules.Accounts.Legal;

/// <summary><c>Accounts:Legal:*</c> settings: which version of the terms and privacy policy is in force.</summary>
internal sealed class LegalOptions
{
    public const string Section = "Accounts:Legal";

    /// <summary>The version the portal's /legal pages show; changing it asks every user to accept again.</summary>
    public const string DefaultTermsVersion = "2026-11-01";

    public string TermsVersion { get; set; } = DefaultTermsVersion;
}
