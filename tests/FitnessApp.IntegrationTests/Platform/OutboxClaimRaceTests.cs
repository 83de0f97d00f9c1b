using System.Data.Common;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Platform.Probe;
using FitnessApp.Modules.Accounts.Contracts.Users;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FitnessApp.IntegrationTests.Platform;

/// <summary>
/// A dispatcher picks its candidates, then claims them with a conditional update. Another dispatcher may
/// fail the same message in between (attempt counted, next attempt in the future): the claim must not
/// take it then, or the backoff is skipped and the message is delivered again at once.
/// </summary>
public abstract class OutboxClaimRaceTests(ClaimRaceApp app)
{
    [Fact]
    public async Task Given_a_message_failed_by_another_dispatcher_between_selection_and_claim_When_the_claim_runs_Then_it_waits_for_its_next_attempt()
    {
        var email = $"claim-race-{Guid.NewGuid():N}@example.com";
        var registered = new UserRegistered(Guid.CreateVersion7(), email, "Claim Race");
        await app.Services.QueryAsync<AccountsDbContext, int>(db =>
        {
            db.AddIntegrationEvent(registered, app.Clock.GetUtcNow().UtcDateTime);
            return db.SaveChangesAsync();
        });
        var retryAt = app.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        app.Services.GetRequiredService<BeforeClaimHook>().Arm(() =>
            app.Services.QueryAsync<AccountsDbContext, int>(db => db.Set<OutboxMessage>()
                .Where(m => m.Id == registered.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, 1).SetProperty(m => m.NextAttemptAt, retryAt).SetProperty(m => m.LastError, "failed elsewhere"))));

        var delivered = await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        app.Services.GetRequiredService<BeforeClaimHook>().Fired.ShouldBeTrue("the race was staged");
        delivered.ShouldBe(0);
        (await app.Services.QueryAsync<ProbeDbContext, int>(db => db.Receipts.CountAsync(r => r.Email == email))).ShouldBe(0);
        var row = await app.Services.QueryAsync<AccountsDbContext, OutboxMessage>(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == registered.Id));
        row.Attempts.ShouldBe(1);
        row.NextAttemptAt.ShouldBe(retryAt, TimeSpan.FromMilliseconds(1));
        row.LockId.ShouldBeNull();
    }

    [Fact]
    public async Task Given_another_dispatcher_took_the_claim_over_during_delivery_When_the_first_records_its_outcome_Then_the_new_claim_is_left_alone()
    {
        var email = $"claim-fence-{Guid.NewGuid():N}@example.com";
        var registered = new UserRegistered(Guid.CreateVersion7(), email, "Claim Fence");
        await app.Services.QueryAsync<AccountsDbContext, int>(db =>
        {
            db.AddIntegrationEvent(registered, app.Clock.GetUtcNow().UtcDateTime);
            return db.SaveChangesAsync();
        });
        var otherClaim = Guid.CreateVersion7();
        app.Services.GetRequiredService<BeforeOutcomeHook>().Arm(() =>
            app.Services.QueryAsync<AccountsDbContext, int>(db => db.Set<OutboxMessage>()
                .Where(m => m.Id == registered.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockId, otherClaim))));

        var delivered = await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        app.Services.GetRequiredService<BeforeOutcomeHook>().Fired.ShouldBeTrue("the takeover was staged");
        delivered.ShouldBe(1);
        var row = await app.Services.QueryAsync<AccountsDbContext, OutboxMessage>(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == registered.Id));
        row.LockId.ShouldBe(otherClaim);
        row.ProcessedAt.ShouldBeNull();
    }
}

/// <summary>Runs a staged action once, just before the dispatcher writes a message's outcome.</summary>
public sealed class BeforeOutcomeHook : DbCommandInterceptor
{
    private Func<Task>? _action;

    public bool Fired { get; private set; }

    public void Arm(Func<Task> action) => _action = action;

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            && command.CommandText.Contains("\"ProcessedAt\" = ", StringComparison.Ordinal)
            && Interlocked.Exchange(ref _action, null) is { } action)
        {
            await action();
            Fired = true;
        }

        return result;
    }
}

/// <summary>Runs a staged action once, just before the dispatcher's claiming UPDATE of the outbox executes.</summary>
public sealed class BeforeClaimHook : DbCommandInterceptor
{
    private Func<Task>? _action;

    public bool Fired { get; private set; }

    public void Arm(Func<Task> action) => _action = action;

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            && command.CommandText.Contains("\"LockId\" = ", StringComparison.Ordinal)
            && Interlocked.Exchange(ref _action, null) is { } action)
        {
            await action();
            Fired = true;
        }

        return result;
    }
}

/// <summary>The probe module and a hand-moved clock, without the background dispatcher (the test drives dispatch).</summary>
public abstract class ClaimRaceApp : FitnessAppFactory
{
    protected ClaimRaceApp(TestDatabase database)
        : base(database)
    {
        this.WithProbeModule().WithServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<BeforeClaimHook>();
            services.AddSingleton<BeforeOutcomeHook>();
            services.ConfigureDbContext<AccountsDbContext>((sp, options) =>
                options.AddInterceptors(sp.GetRequiredService<BeforeClaimHook>(), sp.GetRequiredService<BeforeOutcomeHook>()));
            var dispatchService = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "OutboxDispatchService");
            services.Remove(dispatchService);
        });
    }

    public MutableTimeProvider Clock { get; } = new();
}

public sealed class ClaimRaceSqliteApp() : ClaimRaceApp(TestDatabase.Sqlite);

public sealed class ClaimRacePostgresApp() : ClaimRaceApp(TestDatabase.Postgres);

public sealed class OutboxClaimRaceTests_Sqlite(ClaimRaceSqliteApp app) : OutboxClaimRaceTests(app), IClassFixture<ClaimRaceSqliteApp>;

public sealed class OutboxClaimRaceTests_Postgres(ClaimRacePostgresApp app) : OutboxClaimRaceTests(app), IClassFixture<ClaimRacePostgresApp>;
