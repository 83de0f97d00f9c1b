using FitnessApp.Modules.Shared.Messaging.Outbox;
using Quartz;

namespace FitnessApp.Host.Jobs.Platform;

/// <summary>
/// The safety net behind the outbox's immediate dispatch: delivers whatever is due (a crash between
/// commit and dispatch, a failed attempt whose backoff has passed). Retries are short because the next
/// sweep comes soon anyway.
/// </summary>
[DisallowConcurrentExecution]
[RetryPolicy(2, "00:00:02", 2)]
internal sealed class OutboxDispatchJob(OutboxDispatcher dispatcher, ILogger<OutboxDispatchJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var delivered = await dispatcher.DispatchDueAsync(cancellationToken);
        if (delivered > 0)
        {
            logger.LogInformation("Outbox sweep delivered {Count} message(s)", delivered);
        }

        context.Result = delivered;
    }
}
