using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Consent.SetHealthDataConsent;

/// <summary>
/// Gives or withdraws the consent to store heart rate, weight and sleep. Withdrawing clears the profile's weight and
/// heart rates at once and publishes <c>HealthDataConsentWithdrawn</c> so Devices and Training delete theirs.
/// </summary>
internal sealed record SetHealthDataConsent(Guid UserId, bool? Granted) : ICommand<PrivacyResponse>;
