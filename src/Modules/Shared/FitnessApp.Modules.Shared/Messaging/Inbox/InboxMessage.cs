namespace FitnessApp.Modules.Shared.Messaging.Inbox;

/// <summary>Proof, in the consumer's schema, that one handler already handled one event.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    /// <summary>The handler's type name: two handlers of one event in one module each keep their own record.</summary>
    public required string Consumer { get; init; }

    public required string EventType { get; init; }

    public DateTime ProcessedAt { get; init; }
}
