using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts;

public abstract class SignInTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_registered_athlete_When_logging_in_Then_200_with_bearer_token_shape()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();

        var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = ApiClientExtensions.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        token.EnumerateObject().Select(p => p.Name).ShouldBe(["tokenType", "accessToken", "expiresIn", "refreshToken"], ignoreOrder: true);
        token.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        token.GetProperty("accessToken").GetString().ShouldNotBeNullOrWhiteSpace();
        token.GetProperty("refreshToken").GetString().ShouldNotBeNullOrWhiteSpace();
        token.GetProperty("expiresIn").GetInt32().ShouldBe(3600);
    }

    [Fact]
    public async Task Given_a_wrong_password_When_logging_in_Then_401_problem()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();

        var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = "not the right password" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_unknown_email_When_logging_in_Then_the_same_401_as_a_wrong_password()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email = $"nobody-{Guid.NewGuid():N}@example.com", password = ApiClientExtensions.Password });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString()!.ShouldContain("not correct");
    }

    [Fact]
    public async Task Given_an_empty_login_body_When_logging_in_Then_400_names_email_and_password()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["email", "password"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_five_failed_logins_When_logging_in_with_the_right_password_Then_still_401_because_locked_out()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = $"wrong password {attempt}" });
            failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = ApiClientExtensions.Password });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_four_failed_logins_When_logging_in_with_the_right_password_Then_200()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = $"wrong password {attempt}" });
        }

        var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = ApiClientExtensions.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_refresh_token_When_refreshing_Then_new_tokens_that_open_me()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        var first = await client.LoginAsync(email);

        var response = await client.PostAsJsonAsync("/api/v1/accounts/refresh", new { refreshToken = first.RefreshToken });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = (await response.Content.ReadFromJsonAsync<ApiClientExtensions.TokenResponse>())!;
        second.AccessToken.ShouldNotBeNullOrWhiteSpace();
        second.RefreshToken.ShouldNotBe(first.RefreshToken);
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/accounts/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", second.AccessToken);
        (await client.SendAsync(me)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_garbage_refresh_token_When_refreshing_Then_401_problem()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/accounts/refresh", new { refreshToken = "garbage-token" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_access_token_When_it_is_sent_as_refresh_token_Then_401()
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(await client.RegisterAsync());

        var response = await client.PostAsJsonAsync("/api/v1/accounts/refresh", new { refreshToken = token.AccessToken });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_no_credentials_When_reading_me_Then_401_problem_json()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/accounts/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_bearer_token_When_reading_me_Then_200_with_the_account()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync(displayName: "Me Myself");
        var token = await client.LoginAsync(email);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var response = await client.GetAsync("/api/v1/accounts/me");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        me.GetProperty("email").GetString().ShouldBe(email);
        me.GetProperty("displayName").GetString().ShouldBe("Me Myself");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["athlete"]);
    }

    [Fact]
    public async Task Given_a_tampered_bearer_token_When_reading_me_Then_401()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-real-token");

        var response = await client.GetAsync("/api/v1/accounts/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class SignInTests_Sqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

public sealed class SignInTests_Postgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
