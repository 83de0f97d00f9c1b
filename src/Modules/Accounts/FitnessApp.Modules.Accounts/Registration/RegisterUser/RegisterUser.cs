using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Registration.RegisterUser;

/// <summary>Creates an athlete account (from the API or the portal's registration page).</summary>
/// <param name="AcceptedTermsVersion">The version of the terms and privacy policy the person accepted: must be the one in force.</param>
/// <param name="HealthDataConsent">The separate, optional consent to store heart rate, weight and sleep (off unless given).</param>
internal sealed record RegisterUser(string Email, string Password, string DisplayName, string? AcceptedTermsVersion = null, bool HealthDataConsent = false)
    : ICommand<RegisteredUser>;

internal sealed record RegisteredUser(Guid Id, string Email, string DisplayName);
