using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Legal;

namespace FitnessApp.Modules.Accounts.Consent;

/// <summary>What the user accepted and consented to.</summary>
/// <param name="CurrentTermsVersion">The version in force (<c>Accounts:Legal:TermsVersion</c>).</param>
/// <param name="TermsAccepted">False when the user has not accepted the version in force: clients ask them to.</param>
/// <param name="HealthDataConsent">Heart rate, weight and sleep are stored and shown only while this is true.</param>
internal sealed record PrivacyResponse(
    string CurrentTermsVersion,
    string? AcceptedTermsVersion,
    DateTime? TermsAcceptedAt,
    bool TermsAccepted,
    bool HealthDataConsent,
    DateTime? HealthDataConsentChangedAt)
{
    public static PrivacyResponse From(User user, LegalOptions legal) => new(
        legal.TermsVersion,
        user.AcceptedTermsVersion,
        user.TermsAcceptedAt,
        user.AcceptedTermsVersion == legal.TermsVersion,
        user.HealthDataConsent,
        user.HealthDataConsentChangedAt);
}
