using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Accounts.Contracts.Consent;

namespace FitnessApp.IntegrationTests.Accounts.Consent;

/// <summary>The explicit, separate consent to store health data (heart rate, weight, sleep), as Accounts keeps it.</summary>
public abstract class HealthDataConsentTests(FitnessAppFactory app)
{
    private static readonly object HealthProfile = new { displayName = "Heart Runner", heightCm = 180.0, weightKg = 72.5, maxHeartRate = 190, restingHeartRate = 50 };

    [Fact]
    public async Task Given_registration_without_the_consent_box_When_reading_me_Then_the_consent_is_off()
    {
        var client = await app.CreateAthleteClientAsync(healthDataConsent: false);

        var privacy = await client.PrivacyAsync();

        privacy.GetProperty("healthDataConsent").GetBoolean().ShouldBeFalse();
        privacy.GetProperty("healthDataConsentChangedAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_no_consent_When_the_profile_is_saved_with_weight_and_heart_rates_Then_they_are_accepted_but_not_stored()
    {
        var client = await app.CreateAthleteClientAsync(healthDataConsent: false);

        var response = await client.PutAsJsonAsync("/api/v1/accounts/me", HealthProfile);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/accounts/me");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var profile = me.GetProperty("profile");
        profile.GetProperty("heightCm").GetDouble().ShouldBe(180);
        profile.GetProperty("weightKg").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("maxHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("restingHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_consent_given_later_When_the_profile_is_saved_Then_weight_and_heart_rates_are_stored_and_the_grant_is_audited()
    {
        var client = await app.CreateAthleteClientAsync(healthDataConsent: false);

        var privacy = await client.SetHealthDataConsentAsync(true);
        await client.PutAsJsonAsync("/api/v1/accounts/me", HealthProfile);
        var profile = (await client.GetFromJsonAsync<JsonElement>("/api/v1/accounts/me")).GetProperty("profile");

        privacy.GetProperty("healthDataConsent").GetBoolean().ShouldBeTrue();
        profile.GetProperty("weightKg").GetDouble().ShouldBe(72.5);
        profile.GetProperty("maxHeartRate").GetInt32().ShouldBe(190);
        (await app.AuditKindsAsync(await client.AthleteIdAsync())).ShouldContain("healthDataConsentGranted");
    }

    [Fact]
    public async Task Given_consent_and_a_health_profile_When_the_consent_is_withdrawn_Then_the_values_are_deleted_the_event_published_and_the_withdrawal_audited()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = await client.AthleteIdAsync();
        await client.PutAsJsonAsync("/api/v1/accounts/me", HealthProfile);

        var privacy = await client.SetHealthDataConsentAsync(false);
        var profile = (await client.GetFromJsonAsync<JsonElement>("/api/v1/accounts/me")).GetProperty("profile");

        privacy.GetProperty("healthDataConsent").GetBoolean().ShouldBeFalse();
        profile.GetProperty("weightKg").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("maxHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("restingHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("heightCm").GetDouble().ShouldBe(180);
        (await app.AuditKindsAsync(id)).ShouldContain("healthDataConsentWithdrawn");
        (await app.AccountsOutboxAsync(typeof(HealthDataConsentWithdrawn).FullName!, id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Given_the_consent_already_off_When_it_is_withdrawn_again_Then_nothing_is_published()
    {
        var client = await app.CreateAthleteClientAsync(healthDataConsent: false);
        var id = await client.AthleteIdAsync();

        await client.SetHealthDataConsentAsync(false);

        (await app.AccountsOutboxAsync(typeof(HealthDataConsentWithdrawn).FullName!, id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_no_granted_field_When_changing_the_consent_Then_400_names_granted()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PutAsJsonAsync(ConsentApi.HealthData, new { });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["granted"]);
    }

    [Fact]
    public async Task Given_athletes_with_and_without_consent_When_another_module_asks_in_one_call_Then_only_those_who_consented_are_answered()
    {
        var consenting = await (await app.CreateAthleteClientAsync()).AthleteIdAsync();
        var refusing = await (await app.CreateAthleteClientAsync(healthDataConsent: false)).AthleteIdAsync();

        var answer = await app.SendAsync(new GetHealthDataConsent([consenting, refusing, Guid.NewGuid(), consenting]));

        answer.ShouldBe([consenting]);
        (await app.SendAsync(new GetHealthDataConsent([]))).ShouldBeEmpty();
    }
}

public sealed class HealthDataConsentTests_Sqlite(SqliteApp app) : HealthDataConsentTests(app), IClassFixture<SqliteApp>;

public sealed class HealthDataConsentTests_Postgres(PostgresApp app) : HealthDataConsentTests(app), IClassFixture<PostgresApp>;
