using Quartz;

namespace FitnessApp.Modules.Shared.Jobs;

/// <summary>
/// Runs an on-demand job (<see cref="JobRegistrationExtensions.AddOnDemandJob{TJob}"/>) in the background, durably:
/// the request is in the job store before this returns, so it survives a restart and runs on any host of a cluster.
/// </summary>
public interface IJobQueue
{
    /// <summary>
    /// Queues one run of <typeparamref name="TJob"/> with <paramref name="input"/> (e.g. an id), which the job reads with
    /// <see cref="JobInput.Of"/>. The dashboard's "run again" repeats a failed run with the same input.
    /// </summary>
    Task EnqueueAsync<TJob>(string input, CancellationToken cancellationToken = default) where TJob : IJob;
}

/// <summary>The input an on-demand run was queued with.</summary>
public static class JobInput
{
    public static string Of(IJobExecutionContext context) =>
        context.MergedJobDataMap.GetString(SchedulerConstants.JobInput)
        ?? throw new InvalidOperationException($"The run of {context.JobDetail.Key} has no input: on-demand jobs are queued through IJobQueue.");
}
