using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Social.Notifications.ListNotifications;

/// <summary>The recipient's notifications, newest first, optionally only the unread ones.</summary>
internal sealed record ListNotifications(Guid RecipientId, string? Cursor, bool UnreadOnly, int Limit = ListNotifications.DefaultLimit)
    : IQuery<Page<NotificationResponse>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
