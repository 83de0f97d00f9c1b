using FitnessApp.Modules.Accounts.Contracts.Consent;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Shared.Messaging.Outbox;

namespace FitnessApp.Modules.Accounts.Consent;

/// <summary>
/// The one place the health-data consent changes (registration and the consent endpoint): audited, and a withdrawal
/// clears the profile's health values at once and tells the other modules through the outbox, in the caller's transaction.
/// </summary>
internal static class HealthData
{
    public static void SetConsent(AccountsDbContext db, AuditTrail audit, User user, bool granted, DateTime now)
    {
        if (user.HealthDataConsent == granted)
        {
            return;
        }

        user.HealthDataConsent = granted;
        user.HealthDataConsentChangedAt = now;
        audit.Add(granted ? SecurityEventKind.HealthDataConsentGranted : SecurityEventKind.HealthDataConsentWithdrawn, user);
        if (!granted)
        {
            ClearProfile(user);
            db.AddIntegrationEvent(new HealthDataConsentWithdrawn(user.Id), now);
        }
    }

    /// <summary>The profile's health values: weight and heart rates (height is a body measure, not health data).</summary>
    public static void ClearProfile(User user)
    {
        user.WeightKg = null;
        user.MaxHeartRate = null;
        user.RestingHeartRate = null;
    }
}
