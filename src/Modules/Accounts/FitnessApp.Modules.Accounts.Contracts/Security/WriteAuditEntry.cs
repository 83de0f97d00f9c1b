using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.Security;

/// <summary>
/// Writes one security event of <paramref name="UserId"/> to the accounts audit log (e.g. a data export or an
/// erasure started by another module). The client's IP address and user agent are taken from the current HTTP
/// request when there is one. Answers the new entry's id.
/// </summary>
/// <param name="Details">Free text for operators, at most 2,000 characters; never a secret.</param>
public sealed record WriteAuditEntry(SecurityEventKind Kind, Guid? UserId, string? Details = null) : ICommand<Guid>;

/// <summary>What happened, as the audit log names it.</summary>
public enum SecurityEventKind
{
    Registered = 0,
    SignedIn = 1,
    SignInFailed = 2,
    LockedOut = 3,
    EmailConfirmed = 4,
    PasswordChanged = 5,
    PasswordResetRequested = 6,
    PasswordReset = 7,
    EmailChangeRequested = 8,
    EmailChanged = 9,
    SignedOutEverywhere = 10,
    RoleGranted = 11,
    RoleRevoked = 12,
    DataExported = 13,
    AccountErased = 14,
    AccountLocked = 15,
    AccountUnlocked = 16,
    ConfirmationResent = 17,
    TermsAccepted = 18,
    HealthDataConsentGranted = 19,
    HealthDataConsentWithdrawn = 20,
    AccountSuspended = 21,
    ModerationAction = 22,
}
