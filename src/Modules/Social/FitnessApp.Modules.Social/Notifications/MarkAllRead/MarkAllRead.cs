using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Notifications.MarkAllRead;

/// <summary>Marks every unread notification of the recipient read; answers how many changed.</summary>
internal sealed record MarkAllRead(Guid RecipientId) : ICommand<MarkedRead>;

internal sealed record MarkedRead(int Marked);
