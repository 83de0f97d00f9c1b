using System.Net;
using System.Text.Json;
using FitnessApp.Modules.Devices.Providers;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Devices.Providers.OAuth;
using FitnessApp.Modules.Devices.Providers.Polar;
using FitnessApp.Modules.Devices.Providers.Webhooks;

namespace FitnessApp.Modules.Devices.Tests.Providers;

public sealed class ProviderProtocolTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Given_a_Strava_token_response_When_read_Then_expiry_comes_from_expires_at_and_the_athlete_from_athlete_id()
    {
        using var json = JsonDocument.Parse("""
            {"token_type":"Bearer","expires_at":1795777200,"expires_in":21600,"refresh_token":"r1","access_token":"a1","athlete":{"id":134815,"username":"x"}}
            """);

        var tokens = OAuthClient.Read(json.RootElement, Now);

        tokens.ShouldBe(new OAuthTokens("a1", "r1", DateTimeOffset.FromUnixTimeSeconds(1795777200).UtcDateTime, "134815", null));
    }

    [Fact]
    public void Given_a_Polar_token_response_When_read_Then_expiry_comes_from_expires_in_and_the_athlete_from_x_user_id()
    {
        using var json = JsonDocument.Parse("""{"access_token":"a2","token_type":"bearer","expires_in":3600,"x_user_id":475}""");

        var tokens = OAuthClient.Read(json.RootElement, Now);

        tokens.ShouldBe(new OAuthTokens("a2", null, Now.AddHours(1), "475", null));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "200,2000", "10,100", false)]
    [InlineData(HttpStatusCode.OK, "200,2000", "180,100", true)]
    [InlineData(HttpStatusCode.OK, "200,2000", "10,1800", true)]
    [InlineData(HttpStatusCode.OK, null, null, false)]
    [InlineData(HttpStatusCode.TooManyRequests, null, null, true)]
    public void Given_rate_limit_headers_When_checked_at_a_90_percent_share_Then_only_a_429_or_a_nearly_used_window_stops(
        HttpStatusCode status, string? limit, string? usage, bool stops)
    {
        using var response = new HttpResponseMessage(status);
        if (limit is not null)
        {
            response.Headers.Add("X-RateLimit-Limit", limit);
            response.Headers.Add("X-RateLimit-Usage", usage);
        }

        var check = () => ProviderHttp.CheckRateLimit(response, 0.9);

        if (stops)
        {
            check.ShouldThrow<ProviderRateLimitedException>();
        }
        else
        {
            check.ShouldNotThrow();
        }
    }

    [Theory]
    [InlineData("activity", "create", null, nameof(ProviderEventKind.ActivityCreated))]
    [InlineData("activity", "update", """{"title":"New"}""", nameof(ProviderEventKind.ActivityUpdated))]
    [InlineData("activity", "delete", null, nameof(ProviderEventKind.ActivityDeleted))]
    [InlineData("athlete", "update", """{"authorized":"false"}""", nameof(ProviderEventKind.Deauthorized))]
    [InlineData("athlete", "update", """{"authorized":false}""", nameof(ProviderEventKind.Deauthorized))]
    [InlineData("athlete", "update", """{"name":"x"}""", null)]
    public void Given_a_Strava_push_event_When_classified_Then_what_we_act_on(string objectType, string aspect, string? updates, string? expected)
    {
        var parsed = updates is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(updates);
        var e = new StravaWebhookEvent(objectType, 1, aspect, 2, 3, 4, parsed);

        ReceiveStravaEventHandler.KindOf(e)?.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("https://www.polaraccesslink.com/v3/exercises/abc", "https://www.polaraccesslink.com", true)]
    [InlineData("https://www.polaraccesslink.com.evil.example/v3/exercises/abc", "https://www.polaraccesslink.com", false)]
    [InlineData("http://www.polaraccesslink.com/v3/exercises/abc", "https://www.polaraccesslink.com", false)]
    [InlineData("http://127.0.0.1:5000/v3/x", "http://127.0.0.1:5001", false)]
    [InlineData("https://api.example/v3/x", "https://api.example/v3", true)]
    [InlineData("https://api.example/v2/x", "https://api.example/v3", false)]
    public void Given_a_webhooks_exercise_url_When_checked_Then_only_urls_under_the_providers_base_are_fetched(string url, string baseUrl, bool fetched)
    {
        PolarConnector.IsUnder(url, baseUrl).ShouldBe(fetched);
    }
}
