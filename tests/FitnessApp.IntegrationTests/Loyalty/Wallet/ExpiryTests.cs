using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Contracts.Points;
using FitnessApp.Modules.Loyalty.Contracts.Spending;
using FitnessApp.Modules.Loyalty.Contracts.Standing;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Wallet;
using FitnessApp.Modules.Loyalty.Wallet.Expiry;
using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Wallet;

/// <summary>The nightly expiry job, driven with a clock the test moves: FIFO, a week's notice once, one expiry entry per day.</summary>
public abstract class ExpiryTests(WalletApp app)
{
    [Fact]
    public void Given_the_host_When_jobs_are_listed_Then_the_points_expiry_job_is_scheduled()
    {
        var job = app.Services.GetServices<ScheduledJob>().Where(j => j.Name == PointsExpiryJob.Name).ShouldHaveSingleItem();

        job.Group.ShouldBe("Loyalty");
        job.Schedule.CronExpression.ShouldNotBeNull();
    }

    [Fact]
    public async Task Given_points_earned_a_year_ago_partly_spent_When_the_job_runs_twice_on_the_notice_and_expiry_days_Then_one_notice_and_one_expiry_of_the_oldest_remainder()
    {
        var athlete = await app.WalletAthleteAsync();
        var start = app.Clock.GetUtcNow().UtcDateTime;
        await app.CreditAsync(athlete.Id, 100, start.AddDays(-364).AddHours(-1));
        await app.CreditAsync(athlete.Id, 50, start.AddDays(-200));
        var order = Guid.CreateVersion7();
        await app.SendAsync(new ReservePoints(athlete.Id, order, 30));
        await app.SendAsync(new CommitPoints(order));
        var expiresOn = DateOnly.FromDateTime(start.AddDays(-364).AddHours(-1).AddDays(365));

        // A week before: the notice of the 70 points left of the oldest credit, once.
        app.Clock.Advance(expiresOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-7).AddHours(3) - app.Clock.GetUtcNow().UtcDateTime);
        await RunJobAsync();
        await RunJobAsync();

        var notice = (await NoticesOfAsync(athlete.Id)).ShouldHaveSingleItem();
        notice.ExpiresOn.ShouldBe(expiresOn);
        notice.Points.ShouldBe(70);
        (await ExpiringEventsAsync()).Count(p => p.Contains(athlete.Id.ToString(), StringComparison.OrdinalIgnoreCase)).ShouldBe(1);
        (await app.EntriesOfAsync(athlete.Id)).ShouldNotContain(e => e.Reason == LedgerReason.Expiry);

        // The expiry day: the 70 expire, the younger 50 stay; running again posts nothing more.
        app.Clock.Advance(TimeSpan.FromDays(7));
        await RunJobAsync();
        await RunJobAsync();

        var expiry = (await app.EntriesOfAsync(athlete.Id)).Where(e => e.Reason == LedgerReason.Expiry).ShouldHaveSingleItem();
        expiry.Points.ShouldBe(-70);
        expiry.SourceKey.ShouldBe($"expiry:{expiresOn:yyyy-MM-dd}");
        // (A year later the athlete's token has long expired: read through Shop's contract instead.)
        var standing = await app.SendAsync(new GetLoyaltyStanding(athlete.Id));
        standing.Balance.ShouldBe(50);
        standing.AvailablePoints.ShouldBe(50);
        standing.LifetimePoints.ShouldBe(150);

        // The next night nothing new is due.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await RunJobAsync();
        (await app.EntriesOfAsync(athlete.Id)).Count(e => e.Reason == LedgerReason.Expiry).ShouldBe(1);
    }

    [Fact]
    public async Task Given_points_held_by_an_active_reservation_When_they_would_expire_Then_the_reserved_points_do_not()
    {
        var athlete = await app.WalletAthleteAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.CreditAsync(athlete.Id, 100, now.AddDays(-400));
        await app.SendAsync(new ReservePoints(athlete.Id, Guid.CreateVersion7(), 60));

        await RunJobAsync();

        (await app.EntriesOfAsync(athlete.Id)).Where(e => e.Reason == LedgerReason.Expiry).ShouldHaveSingleItem().Points.ShouldBe(-40);
        var standing = await athlete.Client.OkAsync(WalletApi.Balance);
        standing.GetProperty("balance").GetInt32().ShouldBe(60);
        standing.GetProperty("available").GetInt32().ShouldBe(0);
    }

    private async Task RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PointsExpiryJob>().RunAsync(CancellationToken.None);
    }

    private Task<List<ExpiryNotice>> NoticesOfAsync(Guid userId) =>
        app.Services.QueryAsync<LoyaltyDbContext, List<ExpiryNotice>>(db => db.ExpiryNotices.AsNoTracking().Where(n => n.UserId == userId).ToListAsync());

    private Task<List<string>> ExpiringEventsAsync()
    {
        var type = $"{typeof(PointsExpiring).FullName},";
        return app.Services.QueryAsync<LoyaltyDbContext, List<string>>(db =>
            db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.StartsWith(type)).Select(m => m.Payload).ToListAsync());
    }
}

public sealed class ExpiryTests_Sqlite(WalletSqliteApp app) : ExpiryTests(app), IClassFixture<WalletSqliteApp>;

public sealed class ExpiryTests_Postgres(WalletPostgresApp app) : ExpiryTests(app), IClassFixture<WalletPostgresApp>;
