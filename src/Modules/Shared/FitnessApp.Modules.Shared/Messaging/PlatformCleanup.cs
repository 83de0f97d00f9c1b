using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shared.Messaging;

/// <summary>Deletes, in every module's schema, delivered outbox rows and inbox rows past retention and expired idempotency keys.</summary>
public sealed class PlatformCleanup(ModuleCatalog catalog, IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options)
{
    public async Task<CleanupResult> CleanupAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now - options.Value.Retention;
        var result = new CleanupResult(0, 0, 0);
        foreach (var contextType in catalog.DbContextTypes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var outbox = await db.Set<OutboxMessage>().Where(m => m.ProcessedAt != null && m.ProcessedAt < before).ExecuteDeleteAsync(cancellationToken);
            var inbox = await db.Set<InboxMessage>().Where(m => m.ProcessedAt < before).ExecuteDeleteAsync(cancellationToken);
            var keys = await db.Set<IdempotencyRecord>().Where(r => r.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
            result = new CleanupResult(result.OutboxMessages + outbox, result.InboxMessages + inbox, result.IdempotencyRecords + keys);
        }

        return result;
    }
}

public sealed record CleanupResult(int OutboxMessages, int InboxMessages, int IdempotencyRecords);
