using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Email;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Notifications.SendNotificationEmail;

/// <summary>
/// Queues the message in the accounts outbox (sent by <see cref="NotificationEmailSender"/> after the commit) unless
/// the kind is switched off or the address is not confirmed; an unknown user gets nothing either. Answers whether it queued.
/// </summary>
internal sealed class SendNotificationEmailHandler(AccountsDbContext db, AccountEmails emails, TimeProvider clock)
    : IRequestHandler<Contracts.Notifications.SendNotificationEmail, bool>
{
    public async Task<bool> Handle(Contracts.Notifications.SendNotificationEmail request, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken);
        if (user is not { EmailConfirmed: true, Email: not null } || !user.IsOn(request.Kind))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new NotificationEmailRequested(user.Id, request.Kind, request.Subject.Trim(), request.Text.Trim(), emails.PortalUrl(), request.Link)
        {
            OccurredAt = now,
        };
        db.AddIntegrationEvent(message, now);
        return true;
    }
}
