using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Email;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Notifications.SendNotificationEmail;

/// <summary>Sends a queued notification email in the account's language; a failure is retried by the outbox.</summary>
internal sealed class NotificationEmailSender(AccountsDbContext db, TimeProvider clock, IMailSender sender)
    : IntegrationEventHandler<NotificationEmailRequested, AccountsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(NotificationEmailRequested message, CancellationToken cancellationToken)
    {
        // The account may have been erased or its address changed since the message was queued.
        var user = await Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == message.UserId, cancellationToken);
        if (user is { EmailConfirmed: true, Email: { } email })
        {
            await sender.SendAsync(NotificationEmailTemplate.Compose(message, user.Language, email, user.DisplayName), cancellationToken);
        }
    }
}
