using FitnessApp.Modules.Shared.Errors;
using Quartz;
using Quartz.Extensibility;

namespace FitnessApp.Host.Jobs.Dashboard;

/// <summary>
/// What the /ops/jobs page shows and does, over Quartz's scheduler API and its database-backed
/// execution history (so it sees every host of a cluster, not only this one).
/// </summary>
internal sealed class JobsDashboardService(ISchedulerFactory schedulers, IExecutionHistoryStore history, ILogger<JobsDashboardService> logger)
{
    public const int DefaultHistoryPageSize = 100;

    public async Task<IReadOnlyList<JobView>> GetJobsAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var jobs = await scheduler.QueryJobs(new JobQuery { Take = PagedQuery.All }, cancellationToken);
        var triggers = await scheduler.QueryTriggers(new TriggerQuery { Take = PagedQuery.All }, cancellationToken);
        var byJob = triggers.Items.ToLookup(t => t.JobKey);
        return [.. jobs.Items.Select(job => new JobView(
            job.Key.Group,
            job.Key.Name,
            job.Description,
            ShortTypeName(job.JobTypeName),
            [.. byJob[job.Key].Select(t => new TriggerView(
                t.Key.Group, t.Key.Name, t.Description ?? t.TriggerType, t.State, t.NextFireTimeUtc, t.PreviousFireTimeUtc,
                t.Pause?.RequestedBy, t.Pause?.PausedAtUtc))]))];
    }

    public async Task<IReadOnlyList<RunningJobView>> GetRunningAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var firings = await scheduler.QueryFireInstances(
            new FireInstanceQuery { State = FireInstanceState.Executing, Take = PagedQuery.All }, cancellationToken);
        return [.. firings.Items.Select(f => new RunningJobView(
            f.FireInstanceId, f.JobKey?.ToString() ?? "", f.TriggerKey.ToString(), f.SchedulerInstanceId, f.FireTimeUtc, f.Progress, f.ProgressMessage))];
    }

    /// <summary>The newest runs first; <paramref name="failuresOnly"/> keeps the final failures (no retry coming).</summary>
    public async Task<IReadOnlyList<ExecutionView>> GetHistoryAsync(
        bool failuresOnly = false, int take = DefaultHistoryPageSize, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var page = await history.QueryExecutions(
            new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, FailedFinally = failuresOnly ? true : null, Take = take },
            cancellationToken);
        return [.. page.Items.Select(ToView)];
    }

    public async Task TriggerNowAsync(string group, string name, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var key = await ExistingJobAsync(scheduler, group, name, cancellationToken);
        await scheduler.TriggerJob(key, new JobDataMap(), cancellationToken);
        logger.LogInformation("Job {Job} triggered from the dashboard", key);
    }

    /// <summary>Pauses every trigger of the job, recording who asked (shown on the dashboard until it is resumed).</summary>
    public async Task PauseJobAsync(string group, string name, string? requestedBy = null, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        if (!await scheduler.PauseJobWith(new JobKey(name, group), PauseDetails(requestedBy), cancellationToken))
        {
            throw new NotFoundException("Job", $"{group}.{name}");
        }

        logger.LogInformation("Job {Group}.{Name} paused from the dashboard", group, name);
    }

    public async Task ResumeJobAsync(string group, string name, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        if (!await scheduler.ResumeJob(new JobKey(name, group), cancellationToken))
        {
            throw new NotFoundException("Job", $"{group}.{name}");
        }

        logger.LogInformation("Job {Group}.{Name} resumed from the dashboard", group, name);
    }

    /// <summary>Pauses one trigger, recording who asked; false when it was already paused.</summary>
    public async Task<bool> PauseTriggerAsync(string group, string name, string? requestedBy = null, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var key = await ExistingTriggerAsync(scheduler, group, name, cancellationToken);
        return await scheduler.PauseTriggerWith(key, PauseDetails(requestedBy), cancellationToken);
    }

    /// <summary>Resumes one trigger; false when it was not paused.</summary>
    public async Task<bool> ResumeTriggerAsync(string group, string name, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var key = await ExistingTriggerAsync(scheduler, group, name, cancellationToken);
        return await scheduler.ResumeTrigger(key, cancellationToken);
    }

    /// <summary>Runs the job of a finally failed execution again now, with the input it had if one was recorded.</summary>
    public async Task RerunAsync(string entryId, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var entry = await history.GetExecution(scheduler.SchedulerName, entryId, cancellationToken)
            ?? throw new NotFoundException("Execution", entryId);
        var view = ToView(entry);
        if (!view.CanRerun)
        {
            throw new ConflictException($"Execution '{entryId}' of {view.Job} did not fail for good; only a final failure can be run again.");
        }

        var key = await ExistingJobAsync(scheduler, entry.JobGroup, entry.JobName, cancellationToken);
        var data = new JobDataMap();
        if (entry.Input is { } input)
        {
            data[SchedulerConstants.JobInput] = input;
        }

        await scheduler.TriggerJob(key, data, cancellationToken);
        logger.LogInformation("Failed execution {EntryId} of {Job} run again from the dashboard", entryId, key);
    }

    private static PauseDetails PauseDetails(string? requestedBy) =>
        new() { Reason = "Paused from the jobs dashboard", RequestedBy = requestedBy };

    private Task<IScheduler> SchedulerAsync(CancellationToken cancellationToken) => schedulers.GetScheduler(cancellationToken).AsTask();

    private static async Task<JobKey> ExistingJobAsync(IScheduler scheduler, string group, string name, CancellationToken cancellationToken)
    {
        var key = new JobKey(name, group);
        return await scheduler.GetJobDetail(key, cancellationToken) is null
            ? throw new NotFoundException("Job", $"{group}.{name}")
            : key;
    }

    private static async Task<TriggerKey> ExistingTriggerAsync(IScheduler scheduler, string group, string name, CancellationToken cancellationToken)
    {
        var key = new TriggerKey(name, group);
        return await scheduler.GetTrigger(key, cancellationToken) is null
            ? throw new NotFoundException("Trigger", $"{group}.{name}")
            : key;
    }

    private static ExecutionView ToView(ExecutionHistoryEntry entry) => new(
        entry.EntryId ?? "",
        entry.JobGroup,
        entry.JobName,
        $"{entry.TriggerGroup}.{entry.TriggerName}",
        entry.SchedulerInstanceId,
        entry.FiredAtUtc,
        entry.Duration,
        entry.EffectiveResult,
        entry.RetryAttempt,
        entry.RetryScheduled,
        entry.Manual,
        entry.ExceptionMessage);

    private static string ShortTypeName(string typeName) =>
        typeName.Split(',')[0].Split('.')[^1];
}
