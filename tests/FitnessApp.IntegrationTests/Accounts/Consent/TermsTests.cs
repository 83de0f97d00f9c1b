using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;

namespace FitnessApp.IntegrationTests.Accounts.Consent;

/// <summary>Versioned acceptance of the terms and privacy policy: at registration, and again when the version changes.</summary>
public abstract class TermsTests(FitnessAppFactory app)
{
    private const string RegisterUrl = "/api/v1/accounts/register";

    [Theory]
    [InlineData(null)]
    [InlineData("2020-01-01")]
    public async Task Given_the_terms_not_accepted_in_their_current_version_When_registering_Then_400_names_acceptedTermsVersion_and_no_account_exists(string? version)
    {
        var client = app.CreateClient();
        var email = $"terms-{Guid.NewGuid():N}@example.com";

        var response = await client.PostAsJsonAsync(RegisterUrl, new { email, password = ApiClientExtensions.Password, displayName = "No Terms", acceptedTermsVersion = version });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["acceptedTermsVersion"]);
        (await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = ApiClientExtensions.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_anyone_When_asking_which_terms_are_in_force_Then_the_configured_version_and_the_pages_are_answered()
    {
        var terms = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/accounts/terms");

        terms.GetProperty("version").GetString().ShouldBe(ApiClientExtensions.TermsVersion);
        terms.GetProperty("termsUrl").GetString().ShouldBe("/legal/terms");
        terms.GetProperty("privacyUrl").GetString().ShouldBe("/legal/privacy");
    }

    [Fact]
    public async Task Given_a_registered_athlete_When_reading_me_Then_the_accepted_version_and_time_are_stored_and_audited()
    {
        var client = await app.CreateAthleteClientAsync();

        var privacy = await client.PrivacyAsync();

        privacy.GetProperty("currentTermsVersion").GetString().ShouldBe(ApiClientExtensions.TermsVersion);
        privacy.GetProperty("acceptedTermsVersion").GetString().ShouldBe(ApiClientExtensions.TermsVersion);
        privacy.GetProperty("termsAccepted").GetBoolean().ShouldBeTrue();
        privacy.GetProperty("termsAcceptedAt").GetDateTime().ShouldBeInRange(DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        (await app.RegistrationAuditDetailsAsync(await client.AthleteIdAsync())).ShouldBe("Accepted terms and privacy policy version 2026-11-01; health-data consent given.");
    }

    [Fact]
    public async Task Given_a_new_version_in_force_When_reading_me_and_accepting_Then_me_says_not_accepted_until_the_current_version_is_posted()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = await client.AthleteIdAsync();
        await app.SetAcceptedTermsVersionAsync(id, "2025-01-01");

        var before = await client.PrivacyAsync();
        var wrong = await client.PostAsJsonAsync(ConsentApi.Terms, new { version = "2025-01-01" });
        var accepted = await client.PostAsJsonAsync(ConsentApi.Terms, new { version = ApiClientExtensions.TermsVersion });
        var after = await client.PrivacyAsync();

        before.GetProperty("termsAccepted").GetBoolean().ShouldBeFalse();
        before.GetProperty("acceptedTermsVersion").GetString().ShouldBe("2025-01-01");
        (await wrong.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["version"]);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.GetProperty("termsAccepted").GetBoolean().ShouldBeTrue();
        after.GetProperty("acceptedTermsVersion").GetString().ShouldBe(ApiClientExtensions.TermsVersion);
        (await app.AuditKindsAsync(id)).Count(kind => kind == "termsAccepted").ShouldBe(1);
    }

    [Fact]
    public async Task Given_no_body_When_accepting_the_terms_Then_400_names_version()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PostAsJsonAsync(ConsentApi.Terms, new { });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["version"]);
    }

    [Fact]
    public async Task Given_an_anonymous_caller_When_accepting_terms_or_changing_consent_Then_401()
    {
        var client = app.CreateClient();

        await (await client.PostAsJsonAsync(ConsentApi.Terms, new { version = ApiClientExtensions.TermsVersion })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.PutAsJsonAsync(ConsentApi.HealthData, new { granted = true })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class TermsTests_Sqlite(SqliteApp app) : TermsTests(app), IClassFixture<SqliteApp>;

public sealed class TermsTests_Postgres(PostgresApp app) : TermsTests(app), IClassFixture<PostgresApp>;
