using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace FitnessApp.Host.Jobs.Scheduling;

/// <summary>
/// Before the scheduler starts: stores every job the modules registered with its trigger, keeps the
/// triggers whose schedule did not change (so an operator's pause survives a restart), and deletes
/// jobs nobody registers any more (a module switched off). Every host of a cluster does the same,
/// which is harmless: each store operation is atomic.
/// </summary>
internal sealed class ScheduledJobsSynchronizer(
    ISchedulerFactory schedulers,
    IEnumerable<ScheduledJob> registrations,
    DatabaseSettings database,
    IOptions<JobsOptions> options,
    ILogger<ScheduledJobsSynchronizer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await JobStoreSchema.EnsureExistsAsync(database, options.Value, cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = registrations.ToList();
        foreach (var registration in wanted)
        {
            await StoreAsync(scheduler, registration, cancellationToken);
        }

        var wantedKeys = wanted.Select(r => new JobKey(r.Name, r.Group)).ToHashSet();
        var stored = await scheduler.QueryJobs(new JobQuery { Take = PagedQuery.All }, cancellationToken);
        var stale = stored.Items.Select(j => j.Key).Where(k => !wantedKeys.Contains(k)).ToList();
        if (stale.Count > 0)
        {
            await scheduler.DeleteJobs(stale, cancellationToken);
            logger.LogInformation("Removed jobs no module registers any more: {Jobs}", string.Join(", ", stale));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task StoreAsync(IScheduler scheduler, ScheduledJob registration, CancellationToken cancellationToken)
    {
        var jobKey = new JobKey(registration.Name, registration.Group);
        var triggerKey = new TriggerKey(registration.Name, registration.Group);
        var job = JobBuilder.Create()
            .OfType(registration.JobType)
            .WithIdentity(jobKey)
            .WithDescription(registration.Description)
            .StoreDurably(true)
            .RequestRecovery(true)
            .Build();
        var existing = await scheduler.GetTrigger(triggerKey, cancellationToken);
        if (registration.Schedule.IsOnDemand)
        {
            // Queued runs have triggers of their own; only a trigger left from an earlier schedule of this job goes.
            if (existing is not null)
            {
                await scheduler.UnscheduleJob(triggerKey, cancellationToken);
            }

            await scheduler.AddJob(job, new AddJobOptions { Replace = true }, cancellationToken);
            return;
        }

        if (existing is not null && SameSchedule(existing, registration.Schedule))
        {
            await scheduler.AddJob(job, new AddJobOptions { Replace = true }, cancellationToken);
            return;
        }

        await scheduler.ScheduleJob(job, BuildTrigger(registration, triggerKey, jobKey, scheduler.TimeProvider), new ScheduleJobOptions { Replace = true }, cancellationToken);
        logger.LogInformation("Scheduled job {Job} {Schedule}", jobKey, registration.Schedule);
    }

    /// <summary>On the scheduler's own clock, which is what fires the trigger (the application's clock may be a test's fake).</summary>
    private static ITrigger BuildTrigger(ScheduledJob registration, TriggerKey triggerKey, JobKey jobKey, TimeProvider clock)
    {
        var builder = TriggerBuilder.Create(clock)
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            .WithDescription(registration.Schedule.ToString());
        return registration.Schedule.Interval is { } interval
            ? builder.StartAt(clock.GetUtcNow() + interval)
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
                .Build()
            : builder.StartNow()
                .WithSchedule(CronScheduleBuilder.Create(registration.Schedule.CronExpression!).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
    }

    private static bool SameSchedule(ITrigger trigger, JobSchedule schedule) => trigger switch
    {
        ISimpleTrigger simple => schedule.Interval == simple.RepeatInterval,
        ICronTrigger cron => schedule.CronExpression == cron.CronExpressionString,
        _ => false,
    };
}
