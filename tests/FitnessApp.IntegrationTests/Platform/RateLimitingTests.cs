using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Platform;

public abstract class RateLimitingTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_limit_of_three_auth_requests_When_a_fourth_login_is_sent_Then_429_with_retry_after_and_a_problem()
    {
        var client = app.CreateClient();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var allowed = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email = "nobody@example.com", password = "whatever password" });
            allowed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email = "nobody@example.com", password = "whatever password" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.ShouldNotBeNull();
        response.Headers.RetryAfter.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        problem.GetProperty("detail").GetString()!.ShouldContain("Try again");
    }
}

/// <summary>A host whose auth endpoints allow three requests per minute.</summary>
public sealed class RateLimitedSqliteApp : FitnessAppFactory
{
    public RateLimitedSqliteApp()
        : base(TestDatabase.Sqlite) => With("RateLimiting:Auth:PermitLimit", "3");
}

public sealed class RateLimitedPostgresApp : FitnessAppFactory
{
    public RateLimitedPostgresApp()
        : base(TestDatabase.Postgres) => With("RateLimiting:Auth:PermitLimit", "3");
}

public sealed class RateLimitingTests_Sqlite(RateLimitedSqliteApp app) : RateLimitingTests(app), IClassFixture<RateLimitedSqliteApp>;

public sealed class RateLimitingTests_Postgres(RateLimitedPostgresApp app) : RateLimitingTests(app), IClassFixture<RateLimitedPostgresApp>;
