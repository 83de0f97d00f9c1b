using Quartz;

namespace FitnessApp.IntegrationTests.Jobs;

/// <summary>A job that always throws, to watch retries and the failure history.</summary>
public sealed class AlwaysFailingJob : IJob
{
    public const string Group = "tests";
    public const string Name = "always-failing";
    public const string Failure = "The test job failed on purpose";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Failure);
}
