namespace FitnessApp.IntegrationTests.Jobs;

/// <summary>What <see cref="CooperativeJob"/> saw, one instance per host.</summary>
public sealed class ShutdownProbe
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public bool SawCancellation { get; private set; }

    public bool FinishedCleanly { get; private set; }

    public void MarkStarted() => _started.TrySetResult();

    public void MarkCancelled() => SawCancellation = true;

    public void MarkFinished() => FinishedCleanly = true;
}
