using System.Diagnostics;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Demo;
using FitnessApp.Modules.Devices.Registrations;
using FitnessApp.Modules.Shared.Demo;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Devices.Push;

/// <summary>
/// With Demo:Enabled every demo athlete gets a phone, a watch and ~120 days of daily metrics, once, deterministically and
/// fast. Training is switched off here: its slow track seeding is not under test, and Devices must work without it.
/// </summary>
public abstract class DevicesDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true").With("Modules:Training:Enabled", "false").With("Modules:Social:Enabled", "false");
        app.CreateClient().Dispose(); // starts the host, which seeds
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_demo_data_Then_every_demo_athlete_has_a_phone_a_watch_and_about_120_days_of_metrics()
    {
        var devices = await app.Services.QueryAsync<DevicesDbContext, List<(Guid Owner, DeviceKind Kind)>>(async db =>
            (await db.DeviceRegistrations.Select(d => new { d.OwnerId, d.Kind }).ToListAsync()).Select(d => (d.OwnerId, d.Kind)).ToList());
        var demoAthletes = await app.Services.QueryAsync<AccountsDbContext, List<Guid>>(db => db.Users.Where(u => u.IsDemo).Select(u => u.Id).ToListAsync());
        var owners = devices.Select(d => d.Owner).Distinct().Where(demoAthletes.Contains).ToList();
        var days = await app.Services.QueryAsync<DevicesDbContext, List<int>>(db =>
            db.DailyMetrics.Where(d => demoAthletes.Contains(d.OwnerId)).GroupBy(d => d.OwnerId).Select(g => g.Count()).ToListAsync());

        owners.Count.ShouldBe(6);
        owners.ShouldAllBe(o => devices.Count(d => d.Owner == o && d.Kind == DeviceKind.Phone) == 1 && devices.Count(d => d.Owner == o && d.Kind == DeviceKind.Watch) == 1);
        days.Count.ShouldBe(6);
        days.ShouldAllBe(count => count >= DevicesDemoSeeder.Days - 1 && count <= DevicesDemoSeeder.Days);
    }

    [Fact]
    public async Task Given_demo_data_Then_values_are_realistic_with_more_steps_on_saturdays_than_sundays()
    {
        var rows = await app.Services.QueryAsync<DevicesDbContext, List<DailyMetricsDay>>(db =>
            db.DailyMetrics.Select(d => new DailyMetricsDay(d.Date, d.Steps, d.RestingHeartRate, d.SleepMinutes, d.WeightKg)).ToListAsync());

        rows.Where(r => r.Steps is not null).ShouldAllBe(r => r.Steps > 500 && r.Steps < 30_000);
        rows.Where(r => r.RestingHeartRate is not null).ShouldAllBe(r => r.RestingHeartRate >= 40 && r.RestingHeartRate <= 70);
        rows.Where(r => r.SleepMinutes is not null).ShouldAllBe(r => r.SleepMinutes >= 300 && r.SleepMinutes <= 600);
        rows.Count(r => r.WeightKg is not null).ShouldBeGreaterThan(6 * 20);
        var saturday = rows.Where(r => r.Date.DayOfWeek == DayOfWeek.Saturday && r.Steps is not null).Average(r => r.Steps!.Value);
        var sunday = rows.Where(r => r.Date.DayOfWeek == DayOfWeek.Sunday && r.Steps is not null).Average(r => r.Steps!.Value);
        saturday.ShouldBeGreaterThan(sunday * 1.3);
    }

    [Fact]
    public async Task Given_demo_data_When_seeding_runs_again_Then_nothing_is_added()
    {
        var before = await CountsAsync();

        await DemoSeeding.SeedDemoDataAsync(app.Services);

        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Given_six_new_athletes_When_the_devices_seeder_runs_Then_it_is_bulk_fast_and_deterministic_per_email()
    {
        var context = new DemoSeedContext();
        var emails = Enumerable.Range(0, 6).Select(i => $"demo-{i}-{Guid.NewGuid():N}@example.com").ToList();
        context.Athletes.AddRange(emails.Select(e => new DemoAthlete(Guid.CreateVersion7(), e, e)));
        var twin = new DemoAthlete(Guid.CreateVersion7(), emails[0], "Twin");

        var elapsed = await SeedAsync(context);
        await SeedAsync(new DemoSeedContext { Athletes = { twin } });

        Console.WriteLine($"Devices demo seeder, 6 athletes: {elapsed.TotalMilliseconds:0} ms");
        // Measured 3.4-4.9 s at a load average of 38 on 2 shared cores (change tracking took 9-14 s there); the bound leaves room for such a box.
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8));
        var original = await MetricsAsync(context.Athletes[0].UserId);
        var copy = await MetricsAsync(twin.UserId);
        original.Count.ShouldBeGreaterThanOrEqualTo(DevicesDemoSeeder.Days - 1);
        copy.ShouldBe(original);
    }

    private async Task<TimeSpan> SeedAsync(DemoSeedContext context)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<DevicesDemoSeeder>().Single();
        var started = Stopwatch.GetTimestamp();
        await seeder.SeedAsync(context, CancellationToken.None);
        return Stopwatch.GetElapsedTime(started);
    }

    private async Task<IReadOnlyList<DailyMetricsDay>> MetricsAsync(Guid athleteId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetDailyMetrics(athleteId, today.AddDays(-200), today));
    }

    private Task<(int Devices, int Samples, int Days)> CountsAsync() =>
        app.Services.QueryAsync<DevicesDbContext, (int, int, int)>(async db => (
            await db.DeviceRegistrations.CountAsync(),
            await db.DeviceSamples.CountAsync(),
            await db.DailyMetrics.CountAsync()));
}

public sealed class DevicesDemoTests_Sqlite(SqliteApp app) : DevicesDemoTests(app), IClassFixture<SqliteApp>;

public sealed class DevicesDemoTests_Postgres(PostgresApp app) : DevicesDemoTests(app), IClassFixture<PostgresApp>;
