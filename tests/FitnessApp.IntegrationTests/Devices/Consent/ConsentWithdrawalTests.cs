using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Accounts.Consent;
using FitnessApp.IntegrationTests.Devices.Imports;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;

namespace FitnessApp.IntegrationTests.Devices.Consent;

/// <summary>
/// Withdrawing the health-data consent also reaches what was derived from or kept with heart rate: originals that hold
/// it are deleted (410 on download) and heart-rate-based training loads are computed again without it.
/// </summary>
public abstract class ConsentWithdrawalTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_originals_with_and_without_heart_rate_When_the_consent_is_withdrawn_Then_only_the_one_with_heart_rate_is_gone_with_410()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var withHeartRate = (await athlete.ImportedAsync("run.fit", ImportCorpus.Bytes("generated/running-1s.fit"))).FirstActivityId();
        var withoutHeartRate = (await athlete.ImportedAsync("hike.gpx", ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx"))).FirstActivityId();
        (await athlete.GetAsync(Original(withHeartRate))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await athlete.SetHealthDataConsentAsync(false);

        var gone = await Polling.UntilAsync(
            () => athlete.GetAsync(Original(withHeartRate)), r => r.StatusCode == HttpStatusCode.Gone, because: "the withdrawal to reach Devices");
        var problem = JsonDocument.Parse(await gone.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("code").GetString().ShouldBe("original.removedWithConsent");
        problem.GetProperty("detail").GetString()!.ShouldContain("consent");
        var kept = await athlete.GetAsync(Original(withoutHeartRate));
        kept.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await kept.Content.ReadAsByteArrayAsync()).ShouldBe(ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx"));
        (await athlete.GetAsync($"{ActivityApi.Url}/{withHeartRate}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_loads_computed_from_heart_rate_When_the_consent_is_withdrawn_Then_they_are_computed_again_without_it()
    {
        var athlete = await app.CreateAthleteClientAsync();
        (await athlete.PutProfileAsync(ProfileApi.Profile())).EnsureSuccessStatusCode();
        var manual = (await athlete.RecordAsync(ActivityApi.Run())).IdOf();
        var track = (await athlete.ImportedAsync("run.fit", ImportCorpus.Bytes("generated/running-1s.fit"))).FirstActivityId();
        (await MethodAsync(athlete, manual)).ShouldBe("banisterTrimp");
        (await MethodAsync(athlete, track)).ShouldBe("banisterTrimp");

        await athlete.SetHealthDataConsentAsync(false);

        (await Polling.UntilAsync(() => MethodAsync(athlete, manual), m => m != "banisterTrimp", because: "the withdrawal to reach Training")).ShouldBe("sessionRpe");
        (await MethodAsync(athlete, track)).ShouldBe("sportDefault");
        var statistics = (await (await athlete.GetAsync($"{ActivityApi.Url}/{track}")).JsonAsync()).GetProperty("statistics");
        statistics.GetProperty("trainingLoadMethod").GetString().ShouldBe("sportDefault");
        statistics.GetProperty("averageHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private static string Original(Guid activityId) => $"/api/v1/devices/activities/{activityId}/original";

    private static async Task<string?> MethodAsync(HttpClient athlete, Guid activityId) =>
        (await (await athlete.GetAsync($"{ActivityApi.Url}/{activityId}")).JsonAsync()).GetProperty("trainingLoadMethod").GetString();
}

public sealed class ConsentWithdrawalTests_Sqlite(SqliteApp app) : ConsentWithdrawalTests(app), IClassFixture<SqliteApp>;

public sealed class ConsentWithdrawalTests_Postgres(PostgresApp app) : ConsentWithdrawalTests(app), IClassFixture<PostgresApp>;
