using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Demo;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>With Demo:Enabled the demo athletes get months of varied, realistic workouts, once.</summary>
public abstract class TrainingDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true");
        app.CreateClient().Dispose(); // starts the host, which seeds
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_demo_data_When_the_host_has_started_Then_every_demo_athlete_has_weeks_of_activities_of_their_sports()
    {
        var perAthlete = await app.Services.QueryAsync<TrainingDbContext, List<(Guid Owner, int Count, int Sports)>>(async db =>
            (await db.Activities.GroupBy(a => a.OwnerId)
                .Select(g => new { g.Key, Count = g.Count(), Sports = g.Select(a => a.Sport).Distinct().Count() })
                .ToListAsync())
            .Select(g => (g.Key, g.Count, g.Sports)).ToList());

        perAthlete.Count.ShouldBe(DemoAthletes.Personas.Count);
        perAthlete.ShouldAllBe(a => a.Count >= 25 && a.Sports >= 2);
    }

    [Fact]
    public async Task Given_demo_data_Then_track_activities_have_streams_and_manual_strength_has_exercises_and_nothing_is_in_the_future()
    {
        var facts = await app.Services.QueryAsync<TrainingDbContext, (int Streams, int Runs, int StrengthWithSets, DateTime Latest, DateTime Earliest)>(async db => (
            await db.ActivityStreams.CountAsync(),
            await db.Activities.CountAsync(a => a.Sport == Sport.Running && a.DistanceMeters > 3000),
            await db.Activities.CountAsync(a => a.Sport == Sport.Strength && a.Exercises.Any(e => e.Sets.Count > 0)),
            await db.Activities.MaxAsync(a => a.StartTime),
            await db.Activities.MinAsync(a => a.StartTime)));

        facts.Streams.ShouldBeGreaterThan(100);
        facts.Runs.ShouldBeGreaterThan(50);
        facts.StrengthWithSets.ShouldBeGreaterThan(10);
        facts.Latest.ShouldBeLessThan(DateTime.UtcNow);
        facts.Earliest.ShouldBeGreaterThan(DateTime.UtcNow.AddDays(-7 * (TrainingDemoSeeder.Weeks + 1)));
    }

    [Fact]
    public async Task Given_demo_data_When_seeding_runs_again_Then_nothing_is_added()
    {
        var before = await app.Services.QueryAsync<TrainingDbContext, int>(db => db.Activities.CountAsync());

        await DemoSeeding.SeedDemoDataAsync(app.Services);

        (await app.Services.QueryAsync<TrainingDbContext, int>(db => db.Activities.CountAsync())).ShouldBe(before);
    }
}

public sealed class TrainingDemoTests_Sqlite(SqliteApp app) : TrainingDemoTests(app), IClassFixture<SqliteApp>;

public sealed class TrainingDemoTests_Postgres(PostgresApp app) : TrainingDemoTests(app), IClassFixture<PostgresApp>;
