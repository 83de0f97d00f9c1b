using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts.Security;

/// <summary>The per-client limit of the auth endpoints (<c>RateLimiting:Auth:PermitLimit</c> = 3 in this host).</summary>
public abstract class RateLimitTests(LowLimitApp app)
{
    [Fact]
    public async Task Given_the_client_limit_used_up_on_login_When_asking_for_a_password_reset_Then_429_with_retry_after()
    {
        var client = app.CreateClient();
        for (var attempt = 0; attempt < LowLimitApp.PermitLimit; attempt++)
        {
            await client.PostAsJsonAsync("/api/v1/accounts/login", new { email = $"nobody-{attempt}@example.com", password = "whatever password" });
        }

        var response = await client.PostAsJsonAsync("/api/v1/accounts/password/forgot", new { email = "someone@example.com" });

        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.ShouldNotBeNull();
        (await client.GetAsync("/account/forgot-password")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class RateLimitTests_Sqlite(LowLimitSqliteApp app) : RateLimitTests(app), IClassFixture<LowLimitSqliteApp>;

public sealed class RateLimitTests_Postgres(LowLimitPostgresApp app) : RateLimitTests(app), IClassFixture<LowLimitPostgresApp>;
