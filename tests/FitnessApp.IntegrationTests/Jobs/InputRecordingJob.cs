using System.Collections.Concurrent;
using FitnessApp.Modules.Shared.Jobs;
using Quartz;

namespace FitnessApp.IntegrationTests.Jobs;

/// <summary>An on-demand job that records the inputs it ran with.</summary>
public sealed class InputRecordingJob : IJob
{
    public const string Group = "tests";
    public const string Name = "input-recording";

    private static readonly ConcurrentQueue<string> Seen = new();

    public static IReadOnlyCollection<string> Inputs => Seen;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        Seen.Enqueue(JobInput.Of(context));
        return ValueTask.CompletedTask;
    }
}
