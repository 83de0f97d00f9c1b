using System.Text.Json;
using FitnessApp.Modules.Shared.Modules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shared.Messaging.Outbox;

/// <summary>
/// Delivers every module's due outbox messages through <see cref="IMediator.Publish"/>. Safe to run
/// on several hosts and several times at once: a message is claimed with a conditional update before
/// it is delivered, and marked processed only after every handler succeeded. A failure leaves it for a
/// later attempt with exponential backoff; consumers' inboxes make redelivery harmless.
/// </summary>
public sealed class OutboxDispatcher(
    ModuleCatalog catalog,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Delivers what is due in every module; returns how many messages were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var contextType in catalog.DbContextTypes)
        {
            int batch;
            do
            {
                batch = await DispatchBatchAsync(contextType, cancellationToken);
                delivered += batch;
            }
            while (batch == options.Value.BatchSize && !cancellationToken.IsCancellationRequested);
        }

        return delivered;
    }

    private async Task<int> DispatchBatchAsync(Type contextType, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var claimed = await ClaimAsync(db, cancellationToken);
        var delivered = 0;
        foreach (var message in claimed)
        {
            // Past the lease another host may have claimed the rest of the batch: leave it to that host.
            if (clock.GetUtcNow().UtcDateTime >= message.LockedUntil)
            {
                break;
            }

            var lockId = message.LockId;
            if (await DeliverAsync(message, cancellationToken))
            {
                delivered++;
            }

            await RecordOutcomeAsync(db, message, lockId);
        }

        return delivered;
    }

    /// <summary>Writes the outcome only while the claim is still ours, so a late host never overwrites another's claim.</summary>
    private static Task RecordOutcomeAsync(DbContext db, OutboxMessage message, Guid? lockId) =>
        db.Set<OutboxMessage>()
            .Where(m => m.Id == message.Id && m.LockId == lockId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ProcessedAt, message.ProcessedAt)
                    .SetProperty(m => m.Attempts, message.Attempts)
                    .SetProperty(m => m.NextAttemptAt, message.NextAttemptAt)
                    .SetProperty(m => m.LastError, message.LastError)
                    .SetProperty(m => m.LockId, (Guid?)null)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null),
                CancellationToken.None);

    private async Task<List<OutboxMessage>> ClaimAsync(DbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var messages = db.Set<OutboxMessage>();
        var candidates = await messages
            .Where(m => m.ProcessedAt == null && m.Attempts < OutboxMessage.MaxAttempts && m.NextAttemptAt <= now
                && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var lockId = Guid.CreateVersion7();
        var lockedUntil = now + options.Value.ClaimDuration;
        await messages
            .Where(m => candidates.Contains(m.Id) && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now)

                // Still due: another dispatcher may have failed it since it was selected (its backoff stands).
                && m.Attempts < OutboxMessage.MaxAttempts && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockId, lockId).SetProperty(m => m.LockedUntil, lockedUntil), cancellationToken);

        return await messages.AsNoTracking().Where(m => m.LockId == lockId).OrderBy(m => m.OccurredAt).ToListAsync(cancellationToken);
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var type = System.Type.GetType(message.Type, throwOnError: true)!;
            var notification = (INotification)JsonSerializer.Deserialize(message.Payload, type, OutboxWriter.Json)!;
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification, cancellationToken);
            message.ProcessedAt = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
            metrics.Delivered(EventName(message.Type), message.ProcessedAt.Value - message.OccurredAt);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.NextAttemptAt = now + options.Value.RetryDelayAfter(message.Attempts);
            message.LastError = Truncate($"{exception.GetType().Name}: {exception.Message}", 4000);
            metrics.Failed(EventName(message.Type));
            logger.LogWarning(exception, "Delivering outbox message {MessageId} ({Type}) failed, attempt {Attempt} of {MaxAttempts}",
                message.Id, message.Type, message.Attempts, OutboxMessage.MaxAttempts);
            return false;
        }
    }

    /// <summary>"Namespace.UserRegistered, Assembly" → "UserRegistered".</summary>
    private static string EventName(string typeName) => typeName.Split(',')[0].Split('.', '+')[^1];

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
