using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shared.Messaging.Inbox;

/// <summary>
/// Base of every integration event consumer. The event is handled at most once per consumer: the
/// handler's changes and the inbox record are committed in one transaction of the consumer's own
/// DbContext, and a redelivered event whose id is already in the inbox is skipped.
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TContext>(TContext db, TimeProvider clock) : INotificationHandler<TEvent>
    where TEvent : IntegrationEvent
    where TContext : DbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public async Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var consumer = GetType().FullName!;
        var inbox = Db.Set<InboxMessage>();
        if (await inbox.AnyAsync(m => m.EventId == notification.Id && m.Consumer == consumer, cancellationToken))
        {
            return;
        }

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await HandleOnceAsync(notification, cancellationToken);
            inbox.Add(new InboxMessage
            {
                EventId = notification.Id,
                Consumer = consumer,
                EventType = typeof(TEvent).FullName!,
                ProcessedAt = Clock.GetUtcNow().UtcDateTime,
            });
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            Db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>The reaction itself: change <see cref="Db"/>; the base saves and commits.</summary>
    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
