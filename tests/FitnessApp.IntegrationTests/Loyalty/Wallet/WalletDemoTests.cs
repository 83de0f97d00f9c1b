using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Wallet;
using FitnessApp.Modules.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Loyalty.Wallet;

/// <summary>With Demo:Enabled every demo athlete has a wallet history (activities and a welcome bonus), once.</summary>
public abstract class WalletDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true");
        app.CreateClient().Dispose(); // starts the host, which seeds
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_demo_data_When_seeded_twice_Then_each_demo_athlete_has_earned_points_once()
    {
        var before = await DemoEntriesAsync();
        await DemoSeeding.SeedDemoDataAsync(app.Services);
        var after = await DemoEntriesAsync();

        after.Count.ShouldBe(before.Count);
        var athletes = after.GroupBy(e => e.UserId).ToList();
        athletes.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var athlete in athletes)
        {
            athlete.Count(e => e.Reason == LedgerReason.Adjustment).ShouldBe(1);
            athlete.Count(e => e.Reason == LedgerReason.Activity).ShouldBeGreaterThan(10);
            athlete.Count(e => e.Reason == LedgerReason.Redemption).ShouldBe(0);
            athlete.Sum(e => e.Points).ShouldBeGreaterThan(0);
            athlete.Select(e => e.OccurredAt.Date).Distinct().Count().ShouldBeGreaterThan(5);
        }

        var accounts = await app.Services.QueryAsync<LoyaltyDbContext, int>(db =>
            db.PointsAccounts.CountAsync(a => a.LifetimePoints > 0));
        accounts.ShouldBeGreaterThanOrEqualTo(athletes.Count);
    }

    private Task<List<LedgerEntry>> DemoEntriesAsync() =>
        app.Services.QueryAsync<LoyaltyDbContext, List<LedgerEntry>>(db => db.LedgerEntries.AsNoTracking()
            .Where(e => e.Source == WalletDemoSeeder.Source || e.SourceKey.StartsWith("order:"))
            .ToListAsync());
}

public sealed class WalletDemoTests_Sqlite(SqliteApp app) : WalletDemoTests(app), IClassFixture<SqliteApp>;

public sealed class WalletDemoTests_Postgres(PostgresApp app) : WalletDemoTests(app), IClassFixture<PostgresApp>;
