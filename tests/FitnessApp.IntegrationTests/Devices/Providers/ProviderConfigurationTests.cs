using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Devices.Providers;

/// <summary>A host with no provider configured: providers are listed as not configured, and nothing answers 500.</summary>
public abstract class ProviderConfigurationTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_no_client_ids_When_the_athlete_lists_providers_Then_each_is_not_configured()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var strava = await athlete.ConnectionAsync("strava");
        var polar = await athlete.ConnectionAsync("polar");

        strava.Status.ShouldBe("notConfigured");
        strava.Configured.ShouldBeFalse();
        strava.DisplayName.ShouldBe("Strava");
        polar.Status.ShouldBe("notConfigured");
    }

    [Fact]
    public async Task Given_an_unconfigured_provider_When_connecting_Then_409_that_says_so()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.GetAsync($"{ProviderApi.Url}/strava/connect");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("not configured");
    }

    [Fact]
    public async Task Given_no_secrets_When_webhooks_arrive_Then_the_handshake_is_403_and_signed_calls_are_401()
    {
        var client = app.CreateClient();

        var handshake = await client.GetAsync($"{ProviderApi.Url}/strava/webhook?hub.mode=subscribe&hub.challenge=x&hub.verify_token=anything");
        var polar = await app.PolarEventAsync("""{"event":"PING"}""", "00");

        await handshake.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await polar.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class ProviderConfigurationTests_Sqlite(SqliteApp app) : ProviderConfigurationTests(app), IClassFixture<SqliteApp>;

public sealed class ProviderConfigurationTests_Postgres(PostgresApp app) : ProviderConfigurationTests(app), IClassFixture<PostgresApp>;
