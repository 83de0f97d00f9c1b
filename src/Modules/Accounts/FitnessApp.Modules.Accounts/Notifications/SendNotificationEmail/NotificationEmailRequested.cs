using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Notifications.SendNotificationEmail;

/// <summary>A notification email accepted by <see cref="SendNotificationEmailHandler"/>, waiting in the accounts outbox.</summary>
/// <param name="PortalUrl">The portal's address, as it was when the message was asked for.</param>
/// <param name="Link">A portal path ('/...') or null.</param>
internal sealed record NotificationEmailRequested(Guid UserId, EmailNotificationKind Kind, string Subject, string Text, string PortalUrl, string? Link)
    : IntegrationEvent;
