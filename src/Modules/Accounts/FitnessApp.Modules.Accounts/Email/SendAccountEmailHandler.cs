using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Email;

/// <summary>Sends the message an <see cref="AccountEmailRequested"/> asks for, with a token made now; a failure is retried by the outbox.</summary>
internal sealed class SendAccountEmailHandler(AccountsDbContext db, TimeProvider clock, UserManager<User> users, IMailSender sender)
    : IntegrationEventHandler<AccountEmailRequested, AccountsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountEmailRequested request, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(request.UserId.ToString()) is not { Email: { } email } user)
        {
            return;
        }

        var portal = request.PortalUrl;
        var (to, link) = request.Kind switch
        {
            AccountEmailKind.ConfirmEmail => (email, AccountLinks.ConfirmEmail(portal, user.Id, await users.GenerateEmailConfirmationTokenAsync(user))),
            AccountEmailKind.PasswordReset => (email, AccountLinks.ResetPassword(portal, user.Id, await users.GeneratePasswordResetTokenAsync(user))),
            AccountEmailKind.ConfirmNewEmail when request.NewEmail is { } newEmail =>
                (newEmail, AccountLinks.ConfirmEmailChange(portal, user.Id, newEmail, await users.GenerateChangeEmailTokenAsync(user, newEmail))),
            AccountEmailKind.RegistrationAttempted => (email, AccountLinks.ForgotPassword(portal)),
            _ => (email, AccountLinks.SignIn(portal)),
        };
        await sender.SendAsync(AccountEmailTemplates.Compose(request.Kind, user.Language, to, user.DisplayName, link), cancellationToken);
    }
}
