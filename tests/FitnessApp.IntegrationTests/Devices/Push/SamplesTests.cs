using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;
using static FitnessApp.IntegrationTests.Devices.Push.PushApi;

namespace FitnessApp.IntegrationTests.Devices.Push;

/// <summary>Batches of samples: idempotency, order, limits, bad values, daily aggregation, workouts.</summary>
public abstract class SamplesTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_batch_When_it_is_sent_twice_Then_the_second_is_all_duplicates_and_the_daily_totals_do_not_change()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var registered = await athlete.RegisterDeviceAsync();
        var device = app.DeviceClient(registered.Token);
        var day = DaysAgo(3);
        object[] batch =
        [
            Steps(day.AddHours(8), day.AddHours(9), 2000),
            Steps(day.AddHours(12), day.AddHours(13), 3000),
            HeartRate(day.AddHours(8).AddMinutes(5), 110),
            Resting(day.AddHours(7), 55),
            Sleep(day.AddHours(-2), day.AddHours(6)),
            Weight(day.AddHours(7), 72.4),
        ];

        var first = await device.PushOkAsync(batch);
        var before = await athlete.MetricsAsync(DateOnly.FromDateTime(day), DateOnly.FromDateTime(day));
        var second = await device.PushOkAsync(batch);
        var after = await athlete.MetricsAsync(DateOnly.FromDateTime(day), DateOnly.FromDateTime(day));

        first.GetProperty("accepted").GetInt32().ShouldBe(6);
        first.GetProperty("duplicates").GetInt32().ShouldBe(0);
        second.GetProperty("accepted").GetInt32().ShouldBe(0);
        second.GetProperty("duplicates").GetInt32().ShouldBe(6);
        after.GetRawText().ShouldBe(before.GetRawText());
        var metrics = after.Day(DateOnly.FromDateTime(day));
        metrics.GetProperty("steps").GetInt32().ShouldBe(5000);
        metrics.GetProperty("restingHeartRate").GetInt32().ShouldBe(55);
        metrics.GetProperty("sleepMinutes").GetInt32().ShouldBe(480);
        metrics.GetProperty("weightKg").GetDouble().ShouldBe(72.4);
        (await StoredAsync(registered.Id)).ShouldBe(6);
    }

    [Fact]
    public async Task Given_a_corrected_sample_When_it_is_resent_with_another_value_Then_the_latest_value_replaces_it()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var device = app.DeviceClient((await athlete.RegisterDeviceAsync()).Token);
        var day = DaysAgo(2);

        await device.PushOkAsync(Steps(day.AddHours(10), day.AddHours(11), 1000));
        var resent = await device.PushOkAsync(Steps(day.AddHours(10), day.AddHours(11), 1500));

        resent.GetProperty("duplicates").GetInt32().ShouldBe(1);
        (await athlete.MetricsAsync(DateOnly.FromDateTime(day), DateOnly.FromDateTime(day))).Day(DateOnly.FromDateTime(day)).GetProperty("steps").GetInt32().ShouldBe(1500);
    }

    [Fact]
    public async Task Given_batches_out_of_order_When_pushed_Then_every_sample_counts_once_and_the_latest_weighing_wins()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var device = app.DeviceClient((await athlete.RegisterDeviceAsync()).Token);
        var day = DaysAgo(4);

        await device.PushOkAsync(Steps(day.AddHours(18), day.AddHours(19), 400), Weight(day.AddHours(20), 70.0), Steps(day.AddHours(15), day.AddHours(16), 300));
        await device.PushOkAsync(Weight(day.AddHours(6), 71.0), Steps(day.AddHours(7), day.AddHours(8), 100), Steps(day.AddHours(9), day.AddHours(10), 200));

        var metrics = (await athlete.MetricsAsync(DateOnly.FromDateTime(day), DateOnly.FromDateTime(day))).Day(DateOnly.FromDateTime(day));
        metrics.GetProperty("steps").GetInt32().ShouldBe(1000);
        metrics.GetProperty("weightKg").GetDouble().ShouldBe(70.0);
    }

    [Fact]
    public async Task Given_two_devices_counting_the_same_walk_When_aggregated_Then_the_device_with_most_steps_that_day_wins()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var phone = app.DeviceClient((await athlete.RegisterDeviceAsync("phone", "Phone")).Token);
        var watch = app.DeviceClient((await athlete.RegisterDeviceAsync("watch", "Watch")).Token);
        var day = DaysAgo(5);

        await phone.PushOkAsync(Steps(day.AddHours(8), day.AddHours(9), 3000), Steps(day.AddHours(17), day.AddHours(18), 1000));
        await watch.PushOkAsync(Steps(day.AddHours(8), day.AddHours(9), 3500));

        var metrics = (await athlete.MetricsAsync(DateOnly.FromDateTime(day), DateOnly.FromDateTime(day))).Day(DateOnly.FromDateTime(day));
        metrics.GetProperty("steps").GetInt32().ShouldBe(4000, "phone 4,000 beats watch 3,500; never 7,500");
    }

    [Fact]
    public async Task Given_an_athlete_in_Tokyo_When_samples_straddle_local_midnight_Then_each_counts_on_its_local_day()
    {
        var athlete = await app.CreateAthleteClientAsync();
        await athlete.SetTimeZoneAsync("Asia/Tokyo");
        var watch = app.DeviceClient((await athlete.RegisterDeviceAsync("watch", "Watch")).Token);
        var phone = app.DeviceClient((await athlete.RegisterDeviceAsync("phone", "Phone")).Token);
        var d = DaysAgo(6);
        var day = DateOnly.FromDateTime(d);
        var next = day.AddDays(1);

        // Tokyo is UTC+9: 15:00Z is local midnight.
        await watch.PushOkAsync(
            Steps(d.AddHours(14.5), d.AddHours(15.5), 1000),
            Steps(d.AddHours(15.5), d.AddHours(16), 500),
            Sleep(d.AddHours(13), d.AddHours(21)),
            Resting(d.AddHours(22), 52),
            Resting(d.AddHours(25), 50));
        await phone.PushOkAsync(
            Steps(d.AddHours(14), d.AddHours(15), 800),
            Steps(d.AddHours(16), d.AddHours(17), 700),
            Weight(d.AddHours(14).AddMinutes(59), 70.5),
            Weight(d.AddHours(15).AddMinutes(1), 70.1));

        var days = await athlete.MetricsAsync(day.AddDays(-1), next.AddDays(1));
        days.GetArrayLength().ShouldBe(2);
        var first = days.Day(day);
        first.GetProperty("steps").GetInt32().ShouldBe(1000);
        first.GetProperty("weightKg").GetDouble().ShouldBe(70.5);
        first.GetProperty("sleepMinutes").ValueKind.ShouldBe(JsonValueKind.Null);
        first.GetProperty("restingHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        var second = days.Day(next);
        second.GetProperty("steps").GetInt32().ShouldBe(700);
        second.GetProperty("sleepMinutes").GetInt32().ShouldBe(480);
        second.GetProperty("restingHeartRate").GetInt32().ShouldBe(50);
        second.GetProperty("weightKg").GetDouble().ShouldBe(70.1);
    }

    [Fact]
    public async Task Given_more_than_5000_samples_When_pushed_Then_413_and_nothing_is_stored()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var registered = await athlete.RegisterDeviceAsync();
        var start = DaysAgo(20);
        var samples = Enumerable.Range(0, 5001).Select(i => HeartRate(start.AddSeconds(i * 10), 80)).ToArray();

        var response = await app.DeviceClient(registered.Token).PushAsync(samples);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await StoredAsync(registered.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_exactly_5000_samples_When_pushed_Then_all_are_accepted()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var registered = await athlete.RegisterDeviceAsync();
        var start = DaysAgo(21);
        var samples = Enumerable.Range(0, 5000).Select(i => HeartRate(start.AddSeconds(i * 10), 60 + i % 50)).ToArray();

        var result = await app.DeviceClient(registered.Token).PushOkAsync(samples);

        result.GetProperty("accepted").GetInt32().ShouldBe(5000);
        (await StoredAsync(registered.Id)).ShouldBe(5000);
    }

    public static TheoryData<string, string> BadItems => new()
    {
        { """{"type":"steps","start":"{D}T08:00:00Z","end":"{D}T09:00:00Z","count":-5}""", "samples[1].count" },
        { """{"type":"heartRate","time":"{D}T08:00:00Z","bpm":400}""", "samples[1].bpm" },
        { """{"type":"restingHeartRate","time":"{D}T08:00:00Z","bpm":10}""", "samples[1].bpm" },
        { """{"type":"weight","time":"{D}T08:00:00Z","kg":2000}""", "samples[1].kg" },
        { """{"type":"steps","start":"{D}T09:00:00Z","end":"{D}T08:00:00Z","count":50}""", "samples[1].end" },
        { """{"type":"sleep","start":"{D}T09:00:00Z","end":"{D}T08:00:00Z"}""", "samples[1].end" },
        { """{"type":"sleep","start":"{D}T01:00:00Z","end":"{D}T07:00:00Z","stage":"dreaming"}""", "samples[1].stage" },
        { """{"type":"weight","time":"2099-01-01T08:00:00Z","kg":70}""", "samples[1].time" },
        { """{"type":"weight","time":"1970-01-01T08:00:00Z","kg":70}""", "samples[1].time" },
        { """{"type":"weight","kg":70}""", "samples[1].time" },
        { """{"type":"calories","time":"{D}T08:00:00Z"}""", "samples[1].type" },
        { """{"type":"workout","start":"{D}T08:00:00Z","end":"{D}T09:00:00Z","sport":"quidditch"}""", "samples[1].sport" },
        { """{"type":"workout","start":"{D}T08:00:00Z","end":"{D}T09:00:00Z","sport":"running","distanceMeters":-1}""", "samples[1].distanceMeters" },
        { """{"type":"workout","start":"{D}T08:00:00Z","end":"{D}T09:00:00Z","sport":"running","heartRates":[{"time":"{D}T08:10:00Z","bpm":130},{"time":"{D}T08:20:00Z","bpm":300}]}""", "samples[1].heartRates[1].bpm" },
        { """{"type":"workout","start":"{D}T08:00:00Z","end":"{D}T09:00:00Z","sport":"running","heartRates":[{"time":"{D}T10:10:00Z","bpm":130}]}""", "samples[1].heartRates[0].time" },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public async Task Given_a_batch_with_one_absurd_item_When_pushed_Then_400_naming_its_path_and_nothing_of_the_batch_is_stored(string item, string path)
    {
        var athlete = await app.CreateAthleteClientAsync();
        var registered = await athlete.RegisterDeviceAsync();
        var day = DateOnly.FromDateTime(DaysAgo(2));
        var json = $$"""{"samples":[{"type":"steps","start":"{D}T06:00:00Z","end":"{D}T07:00:00Z","count":500},{{item}}]}""".Replace("{D}", day.ToString("yyyy-MM-dd"), StringComparison.Ordinal);

        var response = await app.DeviceClient(registered.Token).PostAsync(Samples, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([path]);
        (await StoredAsync(registered.Id)).ShouldBe(0);
        (await athlete.MetricsAsync(day, day)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_workout_session_When_pushed_twice_Then_Training_has_exactly_one_activity_with_the_devices_totals()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var watch = app.DeviceClient((await athlete.RegisterDeviceAsync("watch", "Forerunner")).Token);
        var start = DaysAgo(1).AddHours(7);
        var workout = new
        {
            type = "workout",
            start = Iso(start),
            end = Iso(start.AddMinutes(50)),
            sport = "running",
            distanceMeters = 10_000.0,
            calories = 650.0,
            heartRates = Enumerable.Range(1, 49).Select(m => new { time = Iso(start.AddMinutes(m)), bpm = 140 + m % 10 }).ToArray(),
        };

        var first = await watch.PushOkAsync(workout);
        var second = await watch.PushOkAsync(workout);

        var activityId = first.GetProperty("activityIds").EnumerateArray().Single().GetGuid();
        second.GetProperty("activityIds").GetArrayLength().ShouldBe(0);
        second.GetProperty("duplicates").GetInt32().ShouldBe(1);
        var activities = await app.Services.QueryAsync<TrainingDbContext, List<Guid>>(db => db.Activities.Where(a => a.DeviceName == "Forerunner" && a.StartTime == start).Select(a => a.Id).ToListAsync());
        activities.ShouldBe([activityId]);
        var activity = JsonDocument.Parse(await athlete.GetStringAsync($"/api/v1/training/activities/{activityId}")).RootElement;
        activity.GetProperty("sport").GetString().ShouldBe("running");
        activity.GetProperty("distanceMeters").GetDouble().ShouldBe(10_000, 0.5);
        activity.GetProperty("elapsedSeconds").GetInt32().ShouldBe(3000);
        activity.GetProperty("calories").GetInt32().ShouldBe(650);
        activity.GetProperty("averageHeartRate").GetInt32().ShouldBeInRange(140, 150);
    }

    [Theory]
    [InlineData("from=2026-01-10&to=2026-01-01", "to")]
    [InlineData("from=2025-01-01&to=2026-01-02", "to")]
    [InlineData("to=2026-01-02", "from")]
    [InlineData("from=01.01.2026&to=2026-01-02", "from")]
    public async Task Given_a_bad_range_When_reading_daily_metrics_Then_400_naming_the_field(string query, string field)
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.GetAsync($"{DailyMetrics}?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Given_366_days_When_reading_daily_metrics_Then_200()
    {
        var athlete = await app.CreateAthleteClientAsync();

        (await athlete.MetricsAsync(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1))).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_another_athletes_samples_When_reading_my_daily_metrics_Then_I_see_none_of_them()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var device = app.DeviceClient((await owner.RegisterDeviceAsync()).Token);
        var day = DaysAgo(8);
        await device.PushOkAsync(Steps(day.AddHours(9), day.AddHours(10), 999));

        (await stranger.MetricsAsync(DateOnly.FromDateTime(day), DateOnly.FromDateTime(day))).GetArrayLength().ShouldBe(0);
        (await owner.MetricsAsync(DateOnly.FromDateTime(day), DateOnly.FromDateTime(day))).GetArrayLength().ShouldBe(1);
    }

    private Task<int> StoredAsync(Guid deviceId) =>
        app.Services.QueryAsync<DevicesDbContext, int>(db => db.DeviceSamples.CountAsync(s => s.DeviceId == deviceId));
}

public sealed class SamplesTests_Sqlite(SqliteApp app) : SamplesTests(app), IClassFixture<SqliteApp>;

public sealed class SamplesTests_Postgres(PostgresApp app) : SamplesTests(app), IClassFixture<PostgresApp>;
