using FitnessApp.Host.Api;
using FitnessApp.Host.Jobs.Dashboard;
using FitnessApp.Host.Jobs.Platform;
using FitnessApp.Host.Jobs.Queue;
using FitnessApp.Host.Jobs.Scheduling;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Jobs;
using Quartz;

namespace FitnessApp.Host.Jobs;

/// <summary>Quartz with a persistent store, the platform's own jobs and the operators' dashboard at /ops/jobs.</summary>
internal static class JobsSetup
{
    public const string SchedulerName = "FitnessApp";
    public const string HealthCheckName = "jobs-scheduler";

    /// <summary>Must come after the platform kernel (it reads the database settings it registered).</summary>
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(JobsOptions.Section);
        var options = (section.Get<JobsOptions>() ?? new JobsOptions()).Validated();
        services.AddOptions<JobsOptions>().Bind(section);
        var database = services.Select(d => d.ImplementationInstance).OfType<DatabaseSettings>().SingleOrDefault()
            ?? throw new InvalidOperationException("AddPlatformJobs needs the database settings: call AddPlatformKernel first.");

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.UseDefaultThreadPool(options.MaxConcurrency);
            quartz.UsePersistentStore(store => JobStoreSetup.Configure(store, database, options));
            quartz.UseDefaultRetryPolicy(RetryPolicy.Exponential(options.RetryAttempts, options.RetryFirstDelay, 2, options.RetryMaxDelay));
        });
        services.AddQuartzExecutionHistory(history =>
        {
            history.Retention = options.HistoryRetention;
            history.RetentionByResult[JobRunResult.Failed] = options.FailedHistoryRetention;
            history.MaxEntriesPerScheduler = options.HistoryMaxEntries;
        });
        services.AddHostedService<ScheduledJobsSynchronizer>();
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddQuartz(check =>
        {
            check.Name = HealthCheckName;
            check.Tags.Add(HealthChecksSetup.ReadyTag);
        });

        services.AddPlatformJobDefinitions(options);
        services.AddSingleton<IJobQueue, QuartzJobQueue>();
        services.AddScoped<JobsDashboardService>();
        return services;
    }

    public static WebApplication MapPlatformJobs(this WebApplication app) => app;
}
