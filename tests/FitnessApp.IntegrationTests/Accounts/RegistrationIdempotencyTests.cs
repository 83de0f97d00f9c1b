using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Accounts;

public abstract class RegistrationIdempotencyTests(FitnessAppFactory app)
{
    private const string Url = "/api/v1/accounts/register";

    [Fact]
    public async Task Given_a_key_already_used_When_the_same_body_is_sent_again_Then_the_first_201_is_replayed_and_one_account_exists()
    {
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        var email = $"idem-{Guid.NewGuid():N}@example.com";
        var first = await SendAsync(client, key, email, "Idem Runner");
        var firstBody = await first.Content.ReadAsStringAsync();

        var second = await SendAsync(client, key, email, "Idem Runner");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await second.Content.ReadAsStringAsync()).ShouldBe(firstBody);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        var accounts = await app.Services.QueryAsync<AccountsDbContext, int>(db => db.Users.CountAsync(u => u.Email == email));
        accounts.ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_key_already_used_When_another_body_is_sent_with_it_Then_422()
    {
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        (await SendAsync(client, key, $"idem-{Guid.NewGuid():N}@example.com", "First")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await SendAsync(client, key, $"idem-{Guid.NewGuid():N}@example.com", "Second");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Given_a_key_longer_than_200_characters_When_registering_Then_400_names_the_header()
    {
        var client = app.CreateClient();

        var response = await SendAsync(client, new string('k', 201), $"idem-{Guid.NewGuid():N}@example.com", "Long Key");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldHaveSingleItem().ShouldBe("Idempotency-Key", StringCompareShould.IgnoreCase);
    }

    [Fact]
    public async Task Given_a_first_attempt_that_failed_validation_When_retried_with_the_same_key_and_a_fixed_body_Then_it_is_processed()
    {
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        var email = $"idem-{Guid.NewGuid():N}@example.com";
        (await SendAsync(client, key, email, " ")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var response = await SendAsync(client, key, email, "Fixed Name");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_a_first_request_still_in_flight_When_it_is_retried_with_the_same_key_Then_409()
    {
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        var body = $"{{\"email\":\"idem-{Guid.NewGuid():N}@example.com\",\"password\":\"{ApiClientExtensions.Password}\",\"acceptedTermsVersion\":\"{ApiClientExtensions.TermsVersion}\",\"displayName\":\"In Flight\"}}";
        await StoreRecordAsync(key, HashOf(body), completed: false, expiresIn: TimeSpan.FromHours(1));

        var response = await SendRawAsync(client, key, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain("still being processed");
    }

    [Fact]
    public async Task Given_an_expired_key_When_it_is_used_again_Then_the_request_is_processed_afresh()
    {
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        var body = $"{{\"email\":\"idem-{Guid.NewGuid():N}@example.com\",\"password\":\"{ApiClientExtensions.Password}\",\"acceptedTermsVersion\":\"{ApiClientExtensions.TermsVersion}\",\"displayName\":\"Expired\"}}";
        await StoreRecordAsync(key, HashOf("another body entirely"), completed: true, expiresIn: TimeSpan.FromHours(-1));

        var response = await SendRawAsync(client, key, body);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_first_request_that_died_pending_long_ago_When_it_is_retried_with_the_same_key_Then_the_retry_takes_the_key_over()
    {
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        var body = $"{{\"email\":\"idem-{Guid.NewGuid():N}@example.com\",\"password\":\"{ApiClientExtensions.Password}\",\"acceptedTermsVersion\":\"{ApiClientExtensions.TermsVersion}\",\"displayName\":\"Crashed\"}}";
        await StoreRecordAsync(key, HashOf(body), completed: false, expiresIn: TimeSpan.FromHours(1), createdAgo: TimeSpan.FromMinutes(3));

        var response = await SendRawAsync(client, key, body);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await SendRawAsync(client, key, body)).Headers.Contains("Idempotent-Replayed").ShouldBeTrue();
    }

    private Task StoreRecordAsync(string key, string hash, bool completed, TimeSpan expiresIn, TimeSpan createdAgo = default) =>
        app.Services.QueryAsync<AccountsDbContext, int>(db =>
        {
            var now = DateTime.UtcNow - createdAgo;
            db.Set<IdempotencyRecord>().Add(new IdempotencyRecord
            {
                Scope = "anonymous",
                Key = key,
                RequestHash = hash,
                CreatedAt = now,
                ExpiresAt = now + expiresIn,
                CompletedAt = completed ? now : null,
                StatusCode = completed ? 201 : null,
            });
            return db.SaveChangesAsync();
        });

    /// <summary>The filter's hash: SHA-256 over "METHOD path\n" and the body bytes.</summary>
    private static string HashOf(string body) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"POST {Url}\n{body}")));

    private static Task<HttpResponseMessage> SendRawAsync(HttpClient client, string key, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string key, string email, string displayName)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = JsonContent.Create(new { email, password = ApiClientExtensions.Password, acceptedTermsVersion = ApiClientExtensions.TermsVersion, displayName }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}

public sealed class RegistrationIdempotencyTests_Sqlite(SqliteApp app) : RegistrationIdempotencyTests(app), IClassFixture<SqliteApp>;

public sealed class RegistrationIdempotencyTests_Postgres(PostgresApp app) : RegistrationIdempotencyTests(app), IClassFixture<PostgresApp>;
