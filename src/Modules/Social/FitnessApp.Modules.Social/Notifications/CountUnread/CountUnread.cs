using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Notifications.CountUnread;

/// <summary>How many of the recipient's notifications are unread (the bell's badge).</summary>
internal sealed record CountUnread(Guid RecipientId) : IQuery<UnreadCount>;

internal sealed record UnreadCount(int Count);
