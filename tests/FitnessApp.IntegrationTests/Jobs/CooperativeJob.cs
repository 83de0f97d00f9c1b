using Quartz;

namespace FitnessApp.IntegrationTests.Jobs;

/// <summary>A long job that stops when its cancellation token fires, then takes a moment to wind down.</summary>
public sealed class CooperativeJob(ShutdownProbe probe) : IJob
{
    public const string Group = "tests";
    public const string Name = "cooperative";
    public static readonly TimeSpan WindDown = TimeSpan.FromMilliseconds(500);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        probe.MarkStarted();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            probe.MarkCancelled();
        }

        await Task.Delay(WindDown, CancellationToken.None);
        probe.MarkFinished();
    }
}
