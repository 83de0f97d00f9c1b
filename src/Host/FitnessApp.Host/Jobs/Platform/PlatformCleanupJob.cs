using FitnessApp.Modules.Shared.Messaging;
using Quartz;

namespace FitnessApp.Host.Jobs.Platform;

/// <summary>Deletes delivered outbox rows and inbox rows past retention and expired idempotency keys, in every module.</summary>
[DisallowConcurrentExecution]
internal sealed class PlatformCleanupJob(PlatformCleanup cleanup, ILogger<PlatformCleanupJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await cleanup.CleanupAsync(cancellationToken);
        logger.LogInformation(
            "Cleanup deleted {OutboxMessages} outbox message(s), {InboxMessages} inbox message(s) and {IdempotencyRecords} idempotency key(s)",
            result.OutboxMessages, result.InboxMessages, result.IdempotencyRecords);
        context.Result = result;
    }
}
