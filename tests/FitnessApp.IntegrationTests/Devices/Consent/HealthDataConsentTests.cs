using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts.Consent;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Devices.Data;
using Microsoft.EntityFrameworkCore;
using static FitnessApp.IntegrationTests.Devices.Push.PushApi;

namespace FitnessApp.IntegrationTests.Devices.Consent;

/// <summary>Heart rate, resting heart rate, sleep and weight from devices: stored and shown only with the athlete's consent.</summary>
public abstract class HealthDataConsentTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_no_consent_When_a_device_pushes_steps_and_health_samples_Then_only_the_steps_are_stored_and_the_answer_counts_the_refused()
    {
        var athlete = await app.CreateAthleteClientAsync(healthDataConsent: false);
        var registered = await athlete.RegisterDeviceAsync();
        var device = app.DeviceClient(registered.Token);
        var day = DaysAgo(3);

        var answer = await device.PushOkAsync(
            Steps(day.AddHours(8), day.AddHours(9), 2000),
            HeartRate(day.AddHours(8).AddMinutes(5), 110),
            Resting(day.AddHours(7), 55),
            Sleep(day.AddHours(-2), day.AddHours(6)),
            Weight(day.AddHours(7), 72.4));
        var metrics = (await athlete.MetricsAsync(DateOnly.FromDateTime(day), DateOnly.FromDateTime(day))).Day(DateOnly.FromDateTime(day));

        answer.GetProperty("accepted").GetInt32().ShouldBe(1);
        answer.GetProperty("duplicates").GetInt32().ShouldBe(0);
        answer.GetProperty("refused").GetInt32().ShouldBe(4);
        answer.GetProperty("refusedReason").GetString()!.ShouldContain("consent");
        metrics.GetProperty("steps").GetInt32().ShouldBe(2000);
        metrics.GetProperty("restingHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        metrics.GetProperty("sleepMinutes").ValueKind.ShouldBe(JsonValueKind.Null);
        metrics.GetProperty("weightKg").ValueKind.ShouldBe(JsonValueKind.Null);
        (await StoredAsync(registered.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Given_consent_When_a_device_pushes_health_samples_Then_nothing_is_refused()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var device = app.DeviceClient((await athlete.RegisterDeviceAsync()).Token);

        var answer = await device.PushOkAsync(Weight(DaysAgo(1).AddHours(7), 70));

        answer.GetProperty("accepted").GetInt32().ShouldBe(1);
        answer.GetProperty("refused").GetInt32().ShouldBe(0);
        answer.GetProperty("refusedReason").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_no_consent_When_a_workout_with_heart_rates_is_pushed_Then_the_activity_is_recorded_without_heart_rate()
    {
        var athlete = await app.CreateAthleteClientAsync(healthDataConsent: false);
        var device = app.DeviceClient((await athlete.RegisterDeviceAsync()).Token);
        var start = DaysAgo(1).AddHours(8);
        var workout = new
        {
            type = "workout",
            start = Iso(start),
            end = Iso(start.AddMinutes(30)),
            sport = "running",
            distanceMeters = 5000.0,
            heartRates = new[] { new { time = Iso(start.AddMinutes(10)), bpm = 140.0 }, new { time = Iso(start.AddMinutes(20)), bpm = 150.0 } },
        };

        var answer = await device.PushOkAsync(workout);
        var activityId = answer.GetProperty("activityIds")[0].GetGuid();
        var activity = await (await athlete.GetAsync($"{ActivityApi.Url}/{activityId}")).JsonAsync();
        var streams = await (await athlete.GetAsync($"{ActivityApi.Url}/{activityId}/streams?resolution=full")).JsonAsync();

        answer.GetProperty("accepted").GetInt32().ShouldBe(1);
        activity.GetProperty("distanceMeters").GetDouble().ShouldBe(5000, 1);
        activity.GetProperty("averageHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        streams.GetProperty("heartRate").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_stored_health_samples_When_the_consent_is_withdrawn_Then_they_and_their_daily_values_are_deleted_and_the_steps_stay()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var registered = await athlete.RegisterDeviceAsync();
        var device = app.DeviceClient(registered.Token);
        var day = DaysAgo(2);
        var onlyHealth = DaysAgo(4);
        await device.PushOkAsync(
            Steps(day.AddHours(8), day.AddHours(9), 3000),
            HeartRate(day.AddHours(8).AddMinutes(5), 110),
            Resting(day.AddHours(7), 52),
            Sleep(day.AddHours(-2), day.AddHours(6)),
            Weight(day.AddHours(7), 71.2),
            Weight(onlyHealth.AddHours(7), 71.9));

        await athlete.SetHealthDataConsentAsync(false);
        var from = DateOnly.FromDateTime(onlyHealth);
        var to = DateOnly.FromDateTime(day);
        var stored = await Polling.UntilAsync(() => StoredAsync(registered.Id), count => count == 1, because: "the withdrawal to reach Devices");
        var rows = await StoredRowsAsync(await athlete.AthleteIdAsync());
        var metrics = await athlete.MetricsAsync(from, to);

        stored.ShouldBe(1);
        rows.ShouldBe([(to, 3000, null, null, null)]);
        metrics.GetArrayLength().ShouldBe(1);
        metrics.Day(to).GetProperty("steps").GetInt32().ShouldBe(3000);
        metrics.Day(to).GetProperty("weightKg").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private Task<int> StoredAsync(Guid deviceId) =>
        app.Services.QueryAsync<DevicesDbContext, int>(db => db.DeviceSamples.CountAsync(s => s.DeviceId == deviceId));

    private Task<List<(DateOnly, int?, int?, int?, double?)>> StoredRowsAsync(Guid ownerId) =>
        app.Services.QueryAsync<DevicesDbContext, List<(DateOnly, int?, int?, int?, double?)>>(async db =>
            (await db.DailyMetrics.Where(d => d.OwnerId == ownerId).ToListAsync())
                .Select(d => (d.Date, d.Steps, d.RestingHeartRate, d.SleepMinutes, d.WeightKg)).ToList());
}

public sealed class HealthDataConsentTests_Sqlite(SqliteApp app) : HealthDataConsentTests(app), IClassFixture<SqliteApp>;

public sealed class HealthDataConsentTests_Postgres(PostgresApp app) : HealthDataConsentTests(app), IClassFixture<PostgresApp>;
