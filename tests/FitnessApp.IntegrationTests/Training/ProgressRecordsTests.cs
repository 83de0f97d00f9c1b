using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>GET /records and the per-activity facts stored for it (best efforts, load, device name).</summary>
public abstract class ProgressRecordsTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_runs_and_a_track_When_reading_records_Then_each_record_names_the_activity_that_set_it()
    {
        var client = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        await client.RecordAsync(ActivityApi.Run());
        var longest = (await client.RecordAsync(ActivityApi.Run("""{"distanceMeters":21100.0,"elapsedSeconds":7200,"movingSeconds":7000,"elevationGainMeters":40.0}"""))).IdOf();
        var hilly = (await client.RecordAsync(ActivityApi.Run("""{"distanceMeters":8000.0,"elevationGainMeters":300.0}"""))).IdOf();
        var track = await app.SendAsync(TrackApi.Run(await client.AthleteIdAsync()));
        await stranger.RecordAsync(ActivityApi.Run("""{"distanceMeters":42195.0,"elapsedSeconds":12000,"movingSeconds":11900,"elevationGainMeters":900.0}"""));
        await app.SendAsync(TrackApi.Run(await stranger.AthleteIdAsync()) with { Samples = FastSamples() });

        var records = await client.GetOkAsync(ProgressApi.Records);

        var running = records.GetProperty("sports").EnumerateArray().Single();
        running.GetProperty("sport").GetString().ShouldBe("running");
        running.GetProperty("longestDistance").GetProperty("activityId").GetGuid().ShouldBe(longest);
        running.GetProperty("longestDistance").GetProperty("value").GetDouble().ShouldBe(21100);
        running.GetProperty("longestMovingTime").GetProperty("activityId").GetGuid().ShouldBe(longest);
        running.GetProperty("longestMovingTime").GetProperty("value").GetDouble().ShouldBe(7000);
        running.GetProperty("mostElevationGain").GetProperty("activityId").GetGuid().ShouldBe(hilly);
        running.GetProperty("mostElevationGain").GetProperty("value").GetDouble().ShouldBe(300);
        var efforts = running.GetProperty("bestEfforts").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        efforts.Keys.ShouldBe(["400m", "1k", "1mile"]);
        efforts["1k"].GetProperty("activityId").GetGuid().ShouldBe(track.ActivityId);
        efforts["1k"].GetProperty("seconds").GetDouble().ShouldBe(1000 / TrackApi.RunSpeed, 0.5);
        efforts["1k"].GetProperty("date").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Given_a_track_run_When_its_sport_is_changed_to_trail_running_Then_its_best_efforts_become_trail_records()
    {
        var client = await app.CreateAthleteClientAsync();
        var track = await app.SendAsync(TrackApi.Run(await client.AthleteIdAsync()));

        var patched = await client.PatchAsJsonAsync($"{ActivityApi.Url}/{track.ActivityId}", new { sport = "trailRunning" });
        patched.EnsureSuccessStatusCode();

        var records = await client.GetOkAsync(ProgressApi.Records);
        var sport = records.GetProperty("sports").EnumerateArray().Single();
        sport.GetProperty("sport").GetString().ShouldBe("trailRunning");
        sport.GetProperty("bestEfforts").EnumerateArray().Select(e => e.GetProperty("activityId").GetGuid()).Distinct().ShouldBe([track.ActivityId]);
    }

    [Fact]
    public async Task Given_a_new_athlete_When_reading_records_Then_no_sports()
    {
        var client = await app.CreateAthleteClientAsync();

        var records = await client.GetOkAsync(ProgressApi.Records);

        records.GetProperty("sports").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_track_When_recorded_Then_its_device_name_load_and_best_efforts_are_stored()
    {
        var client = await app.CreateAthleteClientAsync();

        var track = await app.SendAsync(TrackApi.Run(await client.AthleteIdAsync()));

        var activity = await client.GetOkAsync($"{ActivityApi.Url}/{track.ActivityId}");
        activity.GetProperty("deviceName").GetString().ShouldBe("Test watch");
        activity.GetProperty("trainingLoadMethod").GetString().ShouldBe("sportDefault");
        activity.LoadOf().ShouldBeGreaterThan(0);
        var efforts = await app.Services.QueryAsync<TrainingDbContext, int>(db => db.ActivityBestEfforts.CountAsync(e => e.ActivityId == track.ActivityId));
        efforts.ShouldBe(3);
    }

    [Theory]
    [InlineData("""{}""", "sessionRpe")]
    [InlineData("""{"perceivedEffort":null}""", "sportDefault")]
    public async Task Given_a_manual_run_without_a_known_max_heart_rate_When_recorded_Then_the_load_falls_back(string overrides, string method)
    {
        var client = await app.CreateAthleteClientAsync();

        var activity = await client.RecordAsync(ActivityApi.Run(overrides));

        activity.GetProperty("trainingLoadMethod").GetString().ShouldBe(method);
        activity.LoadOf().ShouldBeGreaterThan(0);
        activity.GetProperty("deviceName").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_a_manual_run_with_effort_6_When_recorded_Then_the_session_rpe_load_is_the_trimp_of_its_minutes_at_66_percent_reserve()
    {
        var client = await app.CreateAthleteClientAsync();

        var activity = await client.RecordAsync(ActivityApi.Run());

        // 2,900 s at x = 0.15 + 0.085 × 6 = 0.66 of the reserve, sex unknown: the mean of both Banister weightings.
        var x = 0.66;
        var expected = 2900 / 60.0 * x * 0.5 * ((0.64 * Math.Exp(1.92 * x)) + (0.86 * Math.Exp(1.67 * x)));
        activity.LoadOf().ShouldBe(Math.Round(expected, 1), 0.051);
    }

    private static List<Modules.Training.Contracts.Tracks.TrackSample> FastSamples()
    {
        var run = TrackApi.Run(Guid.Empty);
        return run.Samples.Select((s, i) => s with { Time = run.StartTime.AddSeconds(i / 2.0) }).ToList();
    }
}

public sealed class ProgressRecordsTests_Sqlite(SqliteApp app) : ProgressRecordsTests(app), IClassFixture<SqliteApp>;

public sealed class ProgressRecordsTests_Postgres(PostgresApp app) : ProgressRecordsTests(app), IClassFixture<PostgresApp>;
