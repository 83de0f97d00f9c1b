using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts.Consent;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training.Consent;

/// <summary>Heart rate in activities (stream, average, maximum, zones) is health data: kept only with the athlete's consent.</summary>
public abstract class HeartRateConsentTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_no_consent_When_a_manual_activity_with_heart_rate_is_recorded_Then_it_is_stored_without_heart_rate()
    {
        var athlete = await app.CreateAthleteClientAsync(healthDataConsent: false);

        var recorded = await athlete.RecordAsync(ActivityApi.Run());
        var read = await (await athlete.GetAsync($"{ActivityApi.Url}/{recorded.IdOf()}")).JsonAsync();

        recorded.GetProperty("averageHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        read.GetProperty("averageHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        read.GetProperty("maxHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        read.GetProperty("distanceMeters").GetDouble().ShouldBe(10000);
    }

    [Fact]
    public async Task Given_consent_When_a_manual_activity_with_heart_rate_is_recorded_Then_it_keeps_it()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var recorded = await athlete.RecordAsync(ActivityApi.Run());

        recorded.GetProperty("averageHeartRate").GetInt32().ShouldBe(150);
        recorded.GetProperty("maxHeartRate").GetInt32().ShouldBe(178);
    }

    [Fact]
    public async Task Given_no_consent_When_a_device_track_with_heart_rate_is_recorded_Then_neither_the_stream_nor_the_statistics_hold_heart_rate()
    {
        var athlete = await app.CreateAthleteClientAsync(healthDataConsent: false);

        var recorded = await app.SendAsync(TrackApi.Run(await athlete.AthleteIdAsync()));
        var activity = await (await athlete.GetAsync($"{ActivityApi.Url}/{recorded.ActivityId}")).JsonAsync();
        var streams = await (await athlete.GetAsync($"{ActivityApi.Url}/{recorded.ActivityId}/streams?resolution=full")).JsonAsync();

        activity.GetProperty("averageHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        activity.GetProperty("statistics").GetProperty("averageHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        streams.GetProperty("heartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        streams.GetProperty("temperature")[3].GetDouble().ShouldBe(12.5, 1e-9);
    }

    [Fact]
    public async Task Given_activities_with_heart_rate_When_the_consent_is_withdrawn_Then_their_heart_rate_is_deleted_and_the_rest_stays()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var track = await app.SendAsync(TrackApi.Run(await athlete.AthleteIdAsync()));
        var manual = (await athlete.RecordAsync(ActivityApi.Run())).IdOf();

        await athlete.SetHealthDataConsentAsync(false);
        var streams = await Polling.UntilAsync(
            async () => await (await athlete.GetAsync($"{ActivityApi.Url}/{track.ActivityId}/streams?resolution=full")).JsonAsync(),
            s => s.GetProperty("heartRate").ValueKind == JsonValueKind.Null,
            because: "the withdrawal to reach Training");
        var trackActivity = await (await athlete.GetAsync($"{ActivityApi.Url}/{track.ActivityId}")).JsonAsync();
        var manualActivity = await (await athlete.GetAsync($"{ActivityApi.Url}/{manual}")).JsonAsync();

        streams.GetProperty("time").GetArrayLength().ShouldBe(TrackApi.RunSeconds + 1);
        streams.GetProperty("latitude")[0].GetDouble().ShouldBe(52.5, 1e-7);
        trackActivity.GetProperty("averageHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        trackActivity.GetProperty("maxHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        var statistics = trackActivity.GetProperty("statistics");
        statistics.GetProperty("averageHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        statistics.GetProperty("kilometerSplits").EnumerateArray().ShouldAllBe(s => s.GetProperty("averageHeartRate").ValueKind == JsonValueKind.Null);
        statistics.GetProperty("averageCadence").GetDouble().ShouldBe(170, 0.01);
        manualActivity.GetProperty("averageHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        manualActivity.GetProperty("distanceMeters").GetDouble().ShouldBe(10000);
    }
}

public sealed class HeartRateConsentTests_Sqlite(SqliteApp app) : HeartRateConsentTests(app), IClassFixture<SqliteApp>;

public sealed class HeartRateConsentTests_Postgres(PostgresApp app) : HeartRateConsentTests(app), IClassFixture<PostgresApp>;
