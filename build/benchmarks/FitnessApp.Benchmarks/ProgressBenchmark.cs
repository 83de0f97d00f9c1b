using System.Diagnostics;
using Activity = FitnessApp.Modules.Training.Domain.Activity;
using ActivitySource = FitnessApp.Modules.Training.Domain.ActivitySource;
using AthleteProfile = FitnessApp.Modules.Accounts.Contracts.Profiles.AthleteProfile;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Progress.GetFitness;
using FitnessApp.Modules.Training.Progress.GetRecommendation;
using FitnessApp.Modules.Training.Progress.GetRecords;
using FitnessApp.Modules.Training.Progress.GetStatistics;
using FitnessApp.Modules.Training.Statistics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FitnessApp.Benchmarks;

/// <summary>
/// The progress handlers against PostgreSQL: one athlete with 5,000 activities over ten years (with best efforts),
/// beside 20 other athletes with 500 each, in a fresh database migrated by the Training migrations. Each handler
/// runs warm, with a new DbContext per call (as a request would), and reports p50 / p95 / max over the runs.
/// </summary>
internal static class ProgressBenchmark
{
    private const int Activities = 5_000;
    private const int OtherAthletes = 20;
    private const int OtherActivities = 500;
    private const int Warmup = 10;
    private const int Runs = 100;

    public static async Task RunAsync()
    {
        var server = Environment.GetEnvironmentVariable("FITNESSAPP_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set FITNESSAPP_TEST_POSTGRES to a PostgreSQL connection string (its database is only used to create and drop the benchmark's own).");
        var database = $"fitnessapp_bench_progress_{Guid.NewGuid():N}";
        var athleteId = Guid.Empty;
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            var options = new DbContextOptionsBuilder<TrainingDbContext>()
                .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", TrainingDbContext.Schema))
                .Options;
            await using (var db = new TrainingDbContext(options))
            {
                await db.Database.MigrateAsync();
            }

            var athlete = Guid.CreateVersion7();
            athleteId = athlete;
            var seed = Stopwatch.StartNew();
            await SeedAsync(options, athlete, Activities, 1);
            for (var i = 0; i < OtherAthletes; i++)
            {
                await SeedAsync(options, Guid.CreateVersion7(), OtherActivities, 100 + i);
            }

            // What autovacuum does on a live server: statistics and the visibility map (index-only scans).
            await ExecuteAsync(connection, "VACUUM ANALYZE training.\"Activities\"");
            await ExecuteAsync(connection, "VACUUM ANALYZE training.\"ActivityBestEfforts\"");
            await using (var db = new TrainingDbContext(options))
            {
                var efforts = await db.ActivityBestEfforts.CountAsync(e => e.OwnerId == athlete);
                Console.WriteLine($"Seeded {Activities:N0} activities ({efforts:N0} best efforts) for the athlete and {OtherAthletes * OtherActivities:N0} for {OtherAthletes} others in {seed.Elapsed.TotalSeconds:F1} s.");
            }

            var clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
            var mediator = new ProfileMediator();
            await MeasureAsync("stats (week)", options, db => new GetStatisticsHandler(db, clock, mediator).Handle(new GetStatistics(athlete, "week", null), default));
            await MeasureAsync("stats (month)", options, db => new GetStatisticsHandler(db, clock, mediator).Handle(new GetStatistics(athlete, "month", null), default));
            await MeasureAsync("stats (year)", options, db => new GetStatisticsHandler(db, clock, mediator).Handle(new GetStatistics(athlete, "year", null), default));
            await MeasureAsync("records", options, db => new GetRecordsHandler(db).Handle(new GetRecords(athlete), default));
            await MeasureAsync("fitness (90 days)", options, db => new GetFitnessHandler(db, clock, mediator).Handle(new GetFitness(athlete, null, null), default));
            await MeasureAsync("recommendation", options, db => new GetRecommendationHandler(db, clock, mediator).Handle(new GetRecommendation(athlete), default));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("FITNESSAPP_BENCH_KEEP") != "1")
            {
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }
            else
            {
                Console.WriteLine($"Kept database {database} (athlete {athleteId}).");
            }
        }
    }

    private static async Task MeasureAsync<T>(string name, DbContextOptions<TrainingDbContext> options, Func<TrainingDbContext, Task<T>> call)
    {
        var times = new double[Runs];
        for (var i = -Warmup; i < Runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await using (var db = new TrainingDbContext(options))
            {
                await call(db);
            }

            if (i >= 0)
            {
                times[i] = sw.Elapsed.TotalMilliseconds;
            }
        }

        Array.Sort(times);
        Console.WriteLine($"{name,-20} p50 {times[Runs / 2],7:F2} ms   p95 {times[(Runs * 95 / 100) - 1],7:F2} ms   max {times[^1],7:F2} ms   ({Runs} warm runs)");
    }

    private static async Task SeedAsync(DbContextOptions<TrainingDbContext> options, Guid owner, int count, int seed)
    {
        var random = new Random(seed);
        var sports = new[] { Sport.Running, Sport.Running, Sport.Running, Sport.TrailRunning, Sport.Cycling, Sport.Cycling, Sport.Walking, Sport.Hiking, Sport.Strength, Sport.PoolSwimming };
        var firstDay = new DateOnly(2016, 11, 22);
        var days = new DateOnly(2026, 11, 21).DayNumber - firstDay.DayNumber;
        for (var batch = 0; batch < count; batch += 1_000)
        {
            await using var db = new TrainingDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < Math.Min(count, batch + 1_000); i++)
            {
                var sport = sports[random.Next(sports.Length)];
                var date = firstDay.AddDays(random.Next(days));
                var start = date.ToDateTime(new TimeOnly(6 + random.Next(12), random.Next(60)), DateTimeKind.Utc);
                var moving = 1_200 + random.Next(9_000);
                var rule = SportRules.For(sport);
                double? distance = rule.HasDistance ? moving * (sport is Sport.Cycling ? 7.5 : sport is Sport.PoolSwimming ? 0.7 : 2.9) * (0.8 + (random.NextDouble() * 0.4)) : null;
                var activity = new Activity
                {
                    OwnerId = owner,
                    Sport = sport,
                    Title = $"{sport} {i}",
                    StartTime = start,
                    TimeZone = "UTC",
                    LocalDate = date,
                    ElapsedSeconds = moving + random.Next(600),
                    MovingSeconds = moving,
                    DistanceMeters = distance,
                    ElevationGainMeters = rule.HasElevation ? random.Next(1_000) : null,
                    AverageHeartRate = 120 + random.Next(50),
                    Calories = moving / 6,
                    Visibility = Visibility.Private,
                    Source = ActivitySource.Device,
                    TrainingLoad = 20 + (random.NextDouble() * 180),
                    TrainingLoadMethod = TrainingLoadMethod.BanisterTrimp,
                    CreatedAt = start,
                    UpdatedAt = start,
                };
                db.Activities.Add(activity);
                foreach (var (_, meters) in TrackStatisticsOptions.StandardBestEfforts.Where(e => distance >= e.Meters))
                {
                    db.ActivityBestEfforts.Add(new ActivityBestEffort
                    {
                        ActivityId = activity.Id,
                        OwnerId = owner,
                        Sport = sport,
                        DistanceMeters = meters,
                        Seconds = meters / (distance!.Value / moving) * (0.9 + (random.NextDouble() * 0.1)),
                        LocalDate = date,
                    });
                }
            }

            await db.SaveChangesAsync();
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Accounts' answer to GetAthleteProfiles, without Accounts: an athlete in Berlin.</summary>
    private sealed class ProfileMediator : IMediator
    {
        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            var ids = ((GetAthleteProfiles)(object)request).UserIds;
            IReadOnlyList<AthleteProfile> profiles = ids.Select(id => new AthleteProfile(
                id, "Bench", null, Sex.Unspecified, null, 70, null, null, UnitSystem.Metric, "en", "Europe/Berlin", DefaultVisibility.Private)).ToList();
            return Task.FromResult((TResponse)(object)profiles);
        }

        public Task Send(IRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task Publish(INotification notification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => throw new NotSupportedException();
    }
}
