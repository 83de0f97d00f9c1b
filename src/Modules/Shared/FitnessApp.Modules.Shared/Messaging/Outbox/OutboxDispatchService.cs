using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Shared.Messaging.Outbox;

/// <summary>
/// Delivers outbox messages right after their transaction commits (on <see cref="OutboxSignal"/>) and
/// once at startup; the scheduled sweep job catches anything this misses (a crash, a failed attempt).
/// </summary>
internal sealed class OutboxDispatchService(OutboxSignal signal, OutboxDispatcher dispatcher, ILogger<OutboxDispatchService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signal.Notify();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(stoppingToken);
                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Outbox dispatch round failed; the sweep job will retry");
            }
        }
    }
}
