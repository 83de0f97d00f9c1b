using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Training.Contracts.Tracks;
using FluentValidation;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>What a device sends beyond plain samples: pauses, its own totals, samples out of order.</summary>
public abstract class TrackActivityInputTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_device_pause_When_recording_Then_moving_time_leaves_it_out()
    {
        var owner = await app.CreateAthleteClientAsync();
        var run = TrackApi.Run(await owner.AthleteIdAsync());
        var pause = new TrackPause(run.StartTime.AddSeconds(600), run.StartTime.AddSeconds(900));

        var recorded = await app.SendAsync(run with { Pauses = [pause] });

        recorded.ElapsedSeconds.ShouldBe(TrackApi.RunSeconds);
        recorded.MovingSeconds.ShouldBe(TrackApi.RunSeconds - 300);
    }

    [Fact]
    public async Task Given_device_totals_When_recording_Then_they_win_over_the_computed_ones()
    {
        var owner = await app.CreateAthleteClientAsync();
        var recorded = await app.SendAsync(TrackApi.Run(await owner.AthleteIdAsync()) with { DeviceCalories = 410, DeviceDistanceMeters = 5_010 });

        var activity = await (await owner.GetAsync($"{ActivityApi.Url}/{recorded.ActivityId}")).JsonAsync();

        activity.GetProperty("calories").GetInt32().ShouldBe(410);
        activity.GetProperty("distanceMeters").GetDouble().ShouldBe(5_010);
        activity.GetProperty("statistics").GetProperty("caloriesSource").GetString().ShouldBe("device");
    }

    [Fact]
    public async Task Given_samples_out_of_order_with_a_duplicate_When_recording_Then_the_statistics_are_those_of_the_sorted_track()
    {
        var owner = await app.CreateAthleteClientAsync();
        var run = TrackApi.Run(await owner.AthleteIdAsync());
        var shuffled = run.Samples.Reverse().Append(run.Samples[10]).ToList();

        var recorded = await app.SendAsync(run with { Samples = shuffled });

        recorded.DistanceMeters.ShouldBe(4_995, 1);
        recorded.ElapsedSeconds.ShouldBe(TrackApi.RunSeconds);
    }

    [Fact]
    public async Task Given_a_sample_before_the_start_or_a_backwards_pause_When_recording_Then_both_are_named_and_nothing_is_stored()
    {
        var owner = await app.CreateAthleteClientAsync();
        var run = TrackApi.Run(await owner.AthleteIdAsync());
        var samples = run.Samples.ToList();
        samples[0] = samples[0] with { Time = run.StartTime.AddSeconds(-5) };
        var backwards = new TrackPause(run.StartTime.AddSeconds(100), run.StartTime.AddSeconds(50));

        var failure = await Should.ThrowAsync<ValidationException>(() => app.SendAsync(run with { Samples = samples, Pauses = [backwards] }));

        failure.Errors.Select(e => e.PropertyName).ShouldBe(["samples[0].time", "pauses[0]"], ignoreOrder: true);
        (await app.CountActivitiesAsync(run.Title!)).ShouldBe(0);
    }
}

public sealed class TrackActivityInputTests_Sqlite(SqliteApp app) : TrackActivityInputTests(app), IClassFixture<SqliteApp>;

public sealed class TrackActivityInputTests_Postgres(PostgresApp app) : TrackActivityInputTests(app), IClassFixture<PostgresApp>;
