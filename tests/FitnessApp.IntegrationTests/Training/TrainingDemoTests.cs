using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Demo;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>With Demo:Enabled the demo athletes get months of varied, realistic workouts, gear, goals and plans, once.</summary>
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
    public async Task Given_demo_data_Then_every_demo_athlete_has_gear_on_their_workouts_and_goals_and_three_follow_a_plan()
    {
        var facts = await app.Services.QueryAsync<TrainingDbContext, (int GearOwners, int GoalOwners, int Enrolled, int PlannedWorkouts, int WithGear)>(async db => (
            await db.Gear.Select(g => g.OwnerId).Distinct().CountAsync(),
            await db.Goals.Select(g => g.OwnerId).Distinct().CountAsync(),
            await db.PlanEnrolments.CountAsync(e => e.LeftAt == null),
            await db.PlannedWorkouts.CountAsync(),
            await db.Activities.CountAsync(a => a.GearId != null)));

        facts.GearOwners.ShouldBe(DemoAthletes.Personas.Count);
        facts.GoalOwners.ShouldBe(DemoAthletes.Personas.Count);
        facts.Enrolled.ShouldBe(3);
        facts.PlannedWorkouts.ShouldBeGreaterThan(50);
        facts.WithGear.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Given_demo_data_When_seeding_runs_again_Then_nothing_is_added()
    {
        var before = await CountsAsync();

        await DemoSeeding.SeedDemoDataAsync(app.Services);

        (await CountsAsync()).ShouldBe(before);
    }

    private Task<(int Activities, int Gear, int Goals, int Enrolments)> CountsAsync() =>
        app.Services.QueryAsync<TrainingDbContext, (int, int, int, int)>(async db => (
            await db.Activities.CountAsync(), await db.Gear.CountAsync(), await db.Goals.CountAsync(), await db.PlanEnrolments.CountAsync()));
}

public sealed class TrainingDemoTests_Sqlite(SqliteApp app) : TrainingDemoTests(app), IClassFixture<SqliteApp>;

public sealed class TrainingDemoTests_Postgres(PostgresApp app) : TrainingDemoTests(app), IClassFixture<PostgresApp>;
