using FitnessApp.Modules.Shared.Jobs;
using Quartz;

namespace FitnessApp.Host.Jobs.Queue;

/// <summary>Fires the stored on-demand job once, with the input in its data (Quartz keeps it as the run's input in the history).</summary>
internal sealed class QuartzJobQueue(ISchedulerFactory schedulers, IEnumerable<ScheduledJob> registrations) : IJobQueue
{
    public async Task EnqueueAsync<TJob>(string input, CancellationToken cancellationToken = default) where TJob : IJob
    {
        var registration = registrations.SingleOrDefault(r => r.JobType == typeof(TJob) && r.Schedule.IsOnDemand)
            ?? throw new InvalidOperationException($"{typeof(TJob).Name} is not registered with AddOnDemandJob.");
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var data = new JobDataMap { [SchedulerConstants.JobInput] = input };
        await scheduler.TriggerJob(new JobKey(registration.Name, registration.Group), data, cancellationToken);
    }
}
