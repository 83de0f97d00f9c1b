using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Email;

/// <summary>
/// A message to send to an account, written to the accounts outbox with the change that calls for it and sent
/// by <see cref="SendAccountEmailHandler"/> after the request. Carries no token: the handler makes a fresh one.
/// </summary>
/// <param name="PortalUrl">The portal's address for links, as it was when the message was asked for.</param>
/// <param name="NewEmail">For an email change: the new address.</param>
internal sealed record AccountEmailRequested(Guid UserId, AccountEmailKind Kind, string PortalUrl, string? NewEmail = null) : IntegrationEvent;

internal enum AccountEmailKind
{
    ConfirmEmail = 0,
    RegistrationAttempted = 1,
    PasswordReset = 2,
    ConfirmNewEmail = 3,
    EmailChangeNotice = 4,
}
