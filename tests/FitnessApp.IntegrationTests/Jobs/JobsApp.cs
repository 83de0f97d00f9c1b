using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Jobs;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FitnessApp.IntegrationTests.Jobs;

/// <summary>
/// The host for the jobs tests: the outbox's immediate dispatcher is removed (so that only the sweep
/// job delivers), the platform jobs fire only when a test triggers them, retries are quick, a job that
/// always fails, one that runs until cancelled and an on-demand one are registered the way a module registers its jobs.
/// </summary>
public class JobsApp : FitnessAppFactory
{
    public const string OperatorEmail = "ops-admin@example.com";
    public const string OperatorPassword = "operator password 2026";

    public JobsApp(TestDatabase database)
        : base(database)
    {
        With("Jobs:OutboxSweepInterval", "01:00:00");
        With("Jobs:CleanupInterval", "01:00:00");
        With("Jobs:RetryAttempts", "2");
        With("Jobs:RetryFirstDelay", "00:00:00.200");
        With("Jobs:RetryMaxDelay", "00:00:01");
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
        WithServices(services =>
        {
            var immediateDispatch = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "OutboxDispatchService");
            services.Remove(immediateDispatch);
            services.AddTransient<INotificationHandler<ProbeEvent>, ProbeDeliveries>();
            services.AddSingleton<ShutdownProbe>();
            services.AddScheduledJob<CooperativeJob>(
                CooperativeJob.Group, CooperativeJob.Name, JobSchedule.Every(TimeSpan.FromHours(1)), "Runs until cancelled");
            services.AddScheduledJob<AlwaysFailingJob>(
                AlwaysFailingJob.Group, AlwaysFailingJob.Name, JobSchedule.Every(TimeSpan.FromHours(1)), "Fails on purpose");
            services.AddOnDemandJob<InputRecordingJob>(InputRecordingJob.Group, InputRecordingJob.Name, "Records its inputs");
        });
    }
}

public sealed class JobsSqliteApp() : JobsApp(TestDatabase.Sqlite);

public sealed class JobsPostgresApp() : JobsApp(TestDatabase.Postgres);
