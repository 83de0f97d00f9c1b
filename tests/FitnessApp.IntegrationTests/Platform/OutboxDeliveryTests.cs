using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Platform.Probe;
using FitnessApp.Modules.Accounts.Contracts.Users;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Platform;

/// <summary>
/// The outbox/inbox guarantee: an event written in Accounts' transaction reaches the probe module's
/// handler exactly once, even when delivery fails, is interrupted, is retried or runs twice at once.
/// </summary>
public abstract class OutboxDeliveryTests(OutboxApp app)
{
    private OutboxDispatcher Dispatcher => app.Services.GetRequiredService<OutboxDispatcher>();

    private ProbeFaults Faults => app.Services.GetRequiredService<ProbeFaults>();

    [Fact]
    public async Task Given_a_registration_When_its_transaction_commits_Then_the_probe_module_receives_UserRegistered_exactly_once()
    {
        var email = await app.CreateClient().RegisterAsync();

        await Polling.UntilAsync(() => ReceiptsForAsync(email), count => count > 0, because: "delivery on the outbox signal");
        await Polling.UntilAsync(() => OutboxRowAsync(email), row => row.ProcessedAt is not null, because: "the row marked processed");
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        (await ReceiptsForAsync(email)).ShouldBe(1);
        var row = await OutboxRowAsync(email);
        row.Attempts.ShouldBe(0);
        row.LastError.ShouldBeNull();
        row.LockId.ShouldBeNull();
        (await InboxCountAsync(row.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_handler_that_fails_once_When_the_event_is_first_dispatched_Then_the_outbox_row_keeps_the_error_and_a_later_attempt_time()
    {
        var email = NewEmail();
        Faults.FailNext(email);

        await app.CreateClient().RegisterAsync(email);

        var row = await Polling.UntilAsync(() => OutboxRowAsync(email), r => r.Attempts > 0, because: "the failed first attempt");
        row.Attempts.ShouldBe(1);
        row.ProcessedAt.ShouldBeNull();
        row.LastError!.ShouldContain("Probe handler failure injected");
        row.NextAttemptAt.ShouldBeGreaterThan(app.Clock.GetUtcNow().UtcDateTime);
        row.LockId.ShouldBeNull();
        (await ReceiptsForAsync(email)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_failed_delivery_When_dispatch_runs_before_the_retry_time_Then_nothing_is_delivered()
    {
        var email = NewEmail();
        Faults.FailNext(email);
        await app.CreateClient().RegisterAsync(email);
        await Polling.UntilAsync(() => OutboxRowAsync(email), r => r.Attempts > 0, because: "the failed first attempt");

        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        (await ReceiptsForAsync(email)).ShouldBe(0);
        (await OutboxRowAsync(email)).Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_failed_delivery_When_the_clock_passes_the_retry_time_and_dispatch_runs_Then_the_event_is_delivered_exactly_once()
    {
        var email = NewEmail();
        Faults.FailNext(email);
        await app.CreateClient().RegisterAsync(email);
        await Polling.UntilAsync(() => OutboxRowAsync(email), r => r.Attempts > 0, because: "the failed first attempt");

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        (await ReceiptsForAsync(email)).ShouldBe(1);
        var row = await OutboxRowAsync(email);
        row.ProcessedAt.ShouldNotBeNull();
        row.Attempts.ShouldBe(1);
        row.LastError.ShouldBeNull();
    }

    [Fact]
    public async Task Given_a_delivered_event_When_dispatch_was_interrupted_before_marking_it_processed_and_runs_again_Then_the_consumer_still_has_one_row()
    {
        var email = await app.CreateClient().RegisterAsync();
        await Polling.UntilAsync(() => OutboxRowAsync(email), r => r.ProcessedAt is not null, because: "the first delivery");
        await app.Services.QueryAsync<AccountsDbContext, int>(db =>
            db.Set<OutboxMessage>().Where(m => m.Payload.Contains(email)).ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null)));

        var delivered = await Dispatcher.DispatchDueAsync(CancellationToken.None);

        delivered.ShouldBeGreaterThanOrEqualTo(1);
        (await OutboxRowAsync(email)).ProcessedAt.ShouldNotBeNull();
        (await ReceiptsForAsync(email)).ShouldBe(1);
    }

    [Fact]
    public async Task Given_many_due_events_When_two_dispatchers_run_at_the_same_time_Then_each_event_is_delivered_exactly_once()
    {
        var batch = $"concurrent-{Guid.NewGuid():N}";
        var emails = Enumerable.Range(0, 40).Select(i => $"{batch}-{i}@example.com").ToList();
        await app.Services.QueryAsync<AccountsDbContext, int>(db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            foreach (var email in emails)
            {
                db.AddIntegrationEvent(new UserRegistered(Guid.CreateVersion7(), email, "Concurrent"), now);
            }

            return db.SaveChangesAsync();
        });
        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services);

        await Task.WhenAll(
            Task.Run(() => Dispatcher.DispatchDueAsync(CancellationToken.None)),
            Task.Run(() => second.DispatchDueAsync(CancellationToken.None)));
        await Polling.UntilAsync(
            () => app.Services.QueryAsync<AccountsDbContext, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.Payload.Contains(batch) && m.ProcessedAt == null)),
            pending => pending == 0,
            because: "every message processed (the background dispatcher may hold a claim)");

        var receipts = await app.Services.QueryAsync<ProbeDbContext, List<string>>(db =>
            db.Receipts.Where(r => r.Email.StartsWith(batch)).Select(r => r.Email).ToListAsync());
        receipts.Count.ShouldBe(emails.Count);
        receipts.ShouldBe(emails, ignoreOrder: true);
    }

    private static string NewEmail() => $"outbox-{Guid.NewGuid():N}@example.com";

    private Task<int> ReceiptsForAsync(string email) =>
        app.Services.QueryAsync<ProbeDbContext, int>(db => db.Receipts.CountAsync(r => r.Email == email));

    private Task<int> InboxCountAsync(Guid eventId) =>
        app.Services.QueryAsync<ProbeDbContext, int>(db => db.Set<InboxMessage>().CountAsync(m => m.EventId == eventId));

    private Task<OutboxMessage> OutboxRowAsync(string email) =>
        app.Services.QueryAsync<AccountsDbContext, OutboxMessage>(db =>
            db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Payload.Contains(email) && m.Type.Contains(nameof(UserRegistered))));
}

/// <summary>A host with the probe module, a hand-moved clock and small outbox batches.</summary>
public abstract class OutboxApp : FitnessAppFactory
{
    protected OutboxApp(TestDatabase database)
        : base(database)
    {
        this.WithProbeModule()
            .With("Outbox:BatchSize", "7")
            .WithServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public MutableTimeProvider Clock { get; } = new();
}

public sealed class OutboxSqliteApp() : OutboxApp(TestDatabase.Sqlite);

public sealed class OutboxPostgresApp() : OutboxApp(TestDatabase.Postgres);

public sealed class OutboxDeliveryTests_Sqlite(OutboxSqliteApp app) : OutboxDeliveryTests(app), IClassFixture<OutboxSqliteApp>;

public sealed class OutboxDeliveryTests_Postgres(OutboxPostgresApp app) : OutboxDeliveryTests(app), IClassFixture<OutboxPostgresApp>;
