using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Social.Notifications.MarkRead;

/// <summary>Marks one of the recipient's notifications read; reading it again keeps the first time.</summary>
internal sealed record MarkRead(Guid NotificationId, Guid RecipientId) : ICommand<Unit>;
