namespace FitnessApp.Modules.Shared.Messaging.Outbox;

/// <summary>An integration event waiting in its publisher's schema to be delivered.</summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 10;

    /// <summary>The event's own id, so that consumers' inboxes recognise a redelivery.</summary>
    public Guid Id { get; init; }

    /// <summary>The event's CLR type, assembly-qualified without version.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTime OccurredAt { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>The dispatcher run that holds the message, so two hosts never deliver it at the same time.</summary>
    public Guid? LockId { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public string? LastError { get; set; }
}
