using MediatR;

namespace FitnessApp.Modules.Shared.Contracts.Messaging;

/// <summary>
/// A fact another module may react to. Written to the publisher's outbox in the same transaction as
/// the change it describes, delivered at least once, handled once per consumer thanks to its inbox.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>When the fact happened, in UTC.</summary>
    public DateTime OccurredAt { get; init; } = DateTime.UtcNow;
}
