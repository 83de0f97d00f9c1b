using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FitnessApp.Host.Jobs.Dashboard;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FitnessApp.IntegrationTests.Jobs;

public abstract class JobsTests(JobsApp app)
{
    private const string Platform = "platform";
    private const string OutboxDispatch = "outbox-dispatch";
    private const string Cleanup = "cleanup";

    [Fact]
    public async Task Given_a_fresh_database_When_the_host_starts_Then_the_scheduler_holds_the_platform_jobs_with_a_next_fire_time()
    {
        var dashboard = Dashboard();

        var jobs = await dashboard.GetJobsAsync();

        foreach (var name in new[] { OutboxDispatch, Cleanup })
        {
            var job = jobs.Single(j => j.Group == Platform && j.Name == name);
            var trigger = job.Triggers.ShouldHaveSingleItem();
            trigger.State.ShouldBe(TriggerState.Normal);
            trigger.Schedule.ShouldBe("every 01:00:00");
            trigger.NextFireTime.ShouldNotBeNull();
            trigger.NextFireTime.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(30));
        }
    }

    [Fact]
    public async Task Given_a_pending_outbox_message_When_the_outbox_job_is_triggered_Then_the_message_is_delivered_and_marked_processed()
    {
        var dashboard = Dashboard();
        var probe = new ProbeEvent("sweep me");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = ModuleDbContext(scope.ServiceProvider);
            db.AddIntegrationEvent(probe, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        ProbeDeliveries.CountOf(probe.Id).ShouldBe(0);
        await dashboard.TriggerNowAsync(Platform, OutboxDispatch);

        await Eventually.ReturnsAsync(() => Task.FromResult(ProbeDeliveries.CountOf(probe.Id)), count => count > 0, what: "the probe event's delivery");
        var processedAt = await Eventually.ReturnsAsync(() => ProcessedAtAsync(probe.Id), at => at is not null, what: "the outbox row to be marked processed");
        processedAt.ShouldNotBeNull();
        ProbeDeliveries.CountOf(probe.Id).ShouldBe(1);
        var history = await Eventually.ReturnsAsync(
            () => dashboard.GetHistoryAsync(), runs => runs.Any(r => r.JobName == OutboxDispatch && r.Manual), what: "the manual outbox run in the history");
        history.First(r => r.JobName == OutboxDispatch && r.Manual).Result.ShouldBe(JobRunResult.Succeeded);
    }

    [Fact]
    public async Task Given_a_job_that_throws_When_it_runs_Then_it_is_retried_with_backoff_and_its_failures_are_in_the_history_with_the_exception()
    {
        var dashboard = Dashboard();
        var before = await FailingRunsAsync(dashboard);

        await dashboard.TriggerNowAsync(AlwaysFailingJob.Group, AlwaysFailingJob.Name);

        var final = await WaitForNewFinalFailureAsync(dashboard, before);
        final.RetryAttempt.ShouldBe(2);
        final.Exception.ShouldNotBeNull();
        final.Exception.ShouldContain(AlwaysFailingJob.Failure);
        var runs = (await FailingRunsAsync(dashboard)).Where(r => !before.Any(b => b.EntryId == r.EntryId)).ToList();
        runs.Select(r => r.RetryAttempt).Order().ShouldBe([0, 1, 2]);
        runs.ShouldAllBe(r => r.Result == JobRunResult.Failed);
        runs.Where(r => r.RetryAttempt < 2).ShouldAllBe(r => r.RetryScheduled);
        var failuresOnly = await dashboard.GetHistoryAsync(failuresOnly: true);
        failuresOnly.ShouldContain(r => r.EntryId == final.EntryId && r.CanRerun);
    }

    [Fact]
    public async Task Given_a_final_failure_When_an_operator_runs_it_again_Then_the_job_runs_once_more()
    {
        var dashboard = Dashboard();
        var before = await FailingRunsAsync(dashboard);
        await dashboard.TriggerNowAsync(AlwaysFailingJob.Group, AlwaysFailingJob.Name);
        var failure = await WaitForNewFinalFailureAsync(dashboard, before);
        var afterFailure = await FailingRunsAsync(dashboard);

        await dashboard.RerunAsync(failure.EntryId);

        var rerun = await WaitForNewFinalFailureAsync(dashboard, afterFailure);
        rerun.EntryId.ShouldNotBe(failure.EntryId);
        rerun.FiredAt.ShouldBeGreaterThan(failure.FiredAt);
    }

    [Fact]
    public async Task Given_a_scheduled_job_When_an_operator_pauses_and_resumes_it_Then_its_trigger_follows()
    {
        var dashboard = Dashboard();

        await dashboard.PauseJobAsync(Platform, Cleanup, requestedBy: "ops@example.com");
        var paused = await CleanupJobAsync(dashboard);
        await dashboard.ResumeJobAsync(Platform, Cleanup);
        var resumed = await CleanupJobAsync(dashboard);

        paused.IsPaused.ShouldBeTrue();
        paused.Triggers.ShouldAllBe(t => t.State == TriggerState.Paused && t.PausedBy == "ops@example.com" && t.PausedAt != null);
        resumed.IsPaused.ShouldBeFalse();
        resumed.Triggers.ShouldAllBe(t => t.PausedBy == null);
        resumed.Triggers.ShouldAllBe(t => t.State == TriggerState.Normal);
    }

    [Fact]
    public async Task Given_a_trigger_When_an_operator_pauses_and_resumes_it_Then_only_real_changes_are_reported()
    {
        var dashboard = Dashboard();

        (await dashboard.PauseTriggerAsync(Platform, Cleanup)).ShouldBeTrue();
        (await dashboard.PauseTriggerAsync(Platform, Cleanup)).ShouldBeFalse();
        (await CleanupJobAsync(dashboard)).Triggers.Single().State.ShouldBe(TriggerState.Paused);
        (await dashboard.ResumeTriggerAsync(Platform, Cleanup)).ShouldBeTrue();
        (await dashboard.ResumeTriggerAsync(Platform, Cleanup)).ShouldBeFalse();
        (await CleanupJobAsync(dashboard)).Triggers.Single().State.ShouldBe(TriggerState.Normal);
    }

    [Fact]
    public async Task Given_an_on_demand_job_When_it_is_queued_twice_Then_it_runs_once_per_input_and_keeps_no_trigger_of_its_own()
    {
        var queue = app.Services.GetRequiredService<IJobQueue>();
        var first = Guid.NewGuid().ToString();
        var second = Guid.NewGuid().ToString();

        await queue.EnqueueAsync<InputRecordingJob>(first);
        await queue.EnqueueAsync<InputRecordingJob>(second);

        await Eventually.ReturnsAsync(
            () => Task.FromResult(InputRecordingJob.Inputs.Count(i => i == first || i == second)), count => count == 2, what: "both queued runs");
        InputRecordingJob.Inputs.Count(i => i == first).ShouldBe(1);
        var job = await Eventually.ReturnsAsync(
            async () => (await Dashboard().GetJobsAsync()).Single(j => j.Group == InputRecordingJob.Group && j.Name == InputRecordingJob.Name),
            j => j.Triggers.Count == 0,
            what: "the one-off triggers to be gone after their runs");
        job.Description.ShouldBe("Records its inputs");
    }

    [Fact]
    public async Task Given_a_job_registered_with_a_schedule_When_it_is_queued_on_demand_Then_the_queue_refuses()
    {
        var queue = app.Services.GetRequiredService<IJobQueue>();

        await Should.ThrowAsync<InvalidOperationException>(() => queue.EnqueueAsync<AlwaysFailingJob>("x"));
    }

    [Fact]
    public async Task Given_an_unknown_job_When_an_operator_triggers_it_Then_it_is_not_found()
    {
        var dashboard = Dashboard();

        await Should.ThrowAsync<FitnessApp.Modules.Shared.Errors.NotFoundException>(() => dashboard.TriggerNowAsync(Platform, "no-such-job"));
    }

    [Fact]
    public async Task Given_a_visitor_When_they_open_the_jobs_dashboard_Then_they_are_sent_to_sign_in()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/ops/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task Given_an_operator_When_they_open_the_jobs_dashboard_Then_it_lists_the_jobs()
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(JobsApp.OperatorEmail, JobsApp.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var response = await client.GetAsync("/ops/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<h1 id=\"jobs-dashboard-title\">Background jobs</h1>");
        html.ShouldContain("platform.outbox-dispatch");
        html.ShouldContain("platform.cleanup");
    }

    [Fact]
    public async Task Given_an_athlete_When_they_open_the_jobs_dashboard_Then_they_are_refused()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.GetAsync("/ops/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_running_job_When_the_host_stops_Then_the_job_is_cancelled_and_the_host_waits_for_it()
    {
        var own = new JobsApp(app.Database);
        var lifetime = (IAsyncLifetime)own;
        await lifetime.InitializeAsync();
        ShutdownProbe probe;
        try
        {
            var dashboard = DashboardOf(own);
            probe = own.Services.GetRequiredService<ShutdownProbe>();
            await dashboard.TriggerNowAsync(CooperativeJob.Group, CooperativeJob.Name);
            await probe.Started.WaitAsync(TimeSpan.FromSeconds(20));
            var running = await Eventually.ReturnsAsync(
                () => dashboard.GetRunningAsync(), runs => runs.Any(r => r.Job == $"{CooperativeJob.Group}.{CooperativeJob.Name}"), what: "the job in the running list");
            running.ShouldContain(r => r.Job == $"{CooperativeJob.Group}.{CooperativeJob.Name}");
        }
        finally
        {
            await lifetime.DisposeAsync();
        }

        probe.SawCancellation.ShouldBeTrue();
        probe.FinishedCleanly.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_running_host_When_readiness_is_probed_Then_the_scheduler_check_is_healthy()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var check = body.RootElement.GetProperty("checks").GetProperty("jobs-scheduler");
        check.GetProperty("status").GetString().ShouldBe("Healthy");
    }

    private JobsDashboardService Dashboard() => DashboardOf(app);

    private static JobsDashboardService DashboardOf(FitnessAppFactory host)
    {
        host.CreateClient().Dispose();
        return host.Services.CreateScope().ServiceProvider.GetRequiredService<JobsDashboardService>();
    }

    private async Task<JobView> CleanupJobAsync(JobsDashboardService dashboard) =>
        (await dashboard.GetJobsAsync()).Single(j => j.Group == Platform && j.Name == Cleanup);

    private static async Task<List<ExecutionView>> FailingRunsAsync(JobsDashboardService dashboard) =>
        [.. (await dashboard.GetHistoryAsync(take: 1000)).Where(r => r.JobGroup == AlwaysFailingJob.Group && r.JobName == AlwaysFailingJob.Name)];

    private static async Task<ExecutionView> WaitForNewFinalFailureAsync(JobsDashboardService dashboard, IReadOnlyCollection<ExecutionView> before)
    {
        var runs = await Eventually.ReturnsAsync(
            () => FailingRunsAsync(dashboard),
            runs => runs.Any(r => r.CanRerun && before.All(b => b.EntryId != r.EntryId)),
            what: "a new final failure of the failing job");
        return runs.First(r => r.CanRerun && before.All(b => b.EntryId != r.EntryId));
    }

    private static Microsoft.EntityFrameworkCore.DbContext ModuleDbContext(IServiceProvider services)
    {
        var contextType = services.GetRequiredService<ModuleCatalog>().DbContextTypes.First();
        return (Microsoft.EntityFrameworkCore.DbContext)services.GetRequiredService(contextType);
    }

    private async Task<DateTime?> ProcessedAtAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = ModuleDbContext(scope.ServiceProvider);
        return await db.Set<OutboxMessage>().Where(m => m.Id == id).Select(m => m.ProcessedAt).SingleAsync();
    }
}

public sealed class JobsTests_Sqlite(JobsSqliteApp app) : JobsTests(app), IClassFixture<JobsSqliteApp>;

public sealed class JobsTests_Postgres(JobsPostgresApp app) : JobsTests(app), IClassFixture<JobsPostgresApp>;
