using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Accounts.Admin;
using FitnessApp.IntegrationTests.Accounts.PersonalData;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts.Security;

/// <summary>An access token lives only as long as its session: every way of ending it answers 401 to the same token at once.</summary>
public abstract class BearerSessionTests(SecurityApp app)
{
    private const string Me = "/api/v1/accounts/me";

    [Fact]
    public async Task Given_a_working_access_token_When_signing_out_everywhere_Then_the_same_token_gets_401()
    {
        var (client, other, _) = await SignedInTwiceAsync();

        (await client.PostAsync("/api/v1/accounts/me/sign-out-everywhere", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await other.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_working_access_token_When_the_password_changes_Then_the_same_token_gets_401_and_a_new_one_works()
    {
        var (client, other, email) = await SignedInTwiceAsync();

        var change = await client.PostAsJsonAsync("/api/v1/accounts/me/password", new { currentPassword = ApiClientExtensions.Password, newPassword = SecurityApi.NewPassword });

        change.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await other.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var fresh = await app.CreateClient().LoginAsync(email, SecurityApi.NewPassword);
        (await app.CreateClient().WithBearer(fresh.AccessToken).GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_working_access_token_When_an_operator_locks_the_account_Then_the_same_token_gets_401()
    {
        var (email, id) = await app.NewAthleteAsync();
        var athlete = app.CreateClient().WithBearer((await app.CreateClient().LoginAsync(email)).AccessToken);
        (await athlete.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await app.AdminClientAsync()).LockAsync(id)).IsSuccessStatusCode.ShouldBeTrue();

        (await athlete.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_operators_token_When_an_admin_revokes_the_operator_role_Then_the_same_token_gets_401()
    {
        var (email, id) = await app.NewAthleteAsync();
        var admin = await app.AdminClientAsync();
        (await admin.SetRolesAsync(id, "operator")).IsSuccessStatusCode.ShouldBeTrue();
        var operatorClient = app.CreateClient().WithBearer((await app.CreateClient().LoginAsync(email)).AccessToken);
        (await operatorClient.GetAsync("/api/v1/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.SetRolesAsync(id)).IsSuccessStatusCode.ShouldBeTrue();

        (await operatorClient.GetAsync("/api/v1/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_working_access_token_When_the_account_is_erased_Then_the_same_token_gets_401()
    {
        var (client, other, _) = await SignedInTwiceAsync();

        (await client.EraseAsync(ApiClientExtensions.Password)).IsSuccessStatusCode.ShouldBeTrue();

        (await other.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_two_sessions_When_both_keep_calling_Then_both_tokens_keep_working()
    {
        var (client, other, _) = await SignedInTwiceAsync();

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await other.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    private async Task<(HttpClient Client, HttpClient Other, string Email)> SignedInTwiceAsync()
    {
        var email = await app.CreateClient().RegisterAsync();
        var client = app.CreateClient().WithBearer((await app.CreateClient().LoginAsync(email)).AccessToken);
        var other = app.CreateClient().WithBearer((await app.CreateClient().LoginAsync(email)).AccessToken);
        (await client.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.GetAsync(Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (client, other, email);
    }
}

public sealed class BearerSessionTests_Sqlite(SecuritySqliteApp app) : BearerSessionTests(app), IClassFixture<SecuritySqliteApp>;

public sealed class BearerSessionTests_Postgres(SecurityPostgresApp app) : BearerSessionTests(app), IClassFixture<SecurityPostgresApp>;
