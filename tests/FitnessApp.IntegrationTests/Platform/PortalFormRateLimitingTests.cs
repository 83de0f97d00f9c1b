using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Platform;

/// <summary>The portal's sign-in form shares the auth limit for its posts; reading the page is never limited.</summary>
public abstract class PortalFormRateLimitingTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_limit_of_three_When_the_sign_in_form_is_posted_a_fourth_time_Then_429_while_the_page_still_loads()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var read = 0; read < 5; read++)
        {
            (await client.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        for (var post = 0; post < 3; post++)
        {
            var counted = await client.PostAsync("/account/login", new FormUrlEncodedContent([new("Input.Email", "nobody@example.com")]));
            counted.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }

        var refused = await client.PostAsync("/account/login", new FormUrlEncodedContent([new("Input.Email", "nobody@example.com")]));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await client.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class PortalFormRateLimitingTests_Sqlite(RateLimitedSqliteApp app) : PortalFormRateLimitingTests(app), IClassFixture<RateLimitedSqliteApp>;

public sealed class PortalFormRateLimitingTests_Postgres(RateLimitedPostgresApp app) : PortalFormRateLimitingTests(app), IClassFixture<RateLimitedPostgresApp>;
