using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts;

public abstract class SignInJourneyTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_registered_athlete_When_they_sign_in_with_a_bearer_token_Then_me_returns_their_account()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync(displayName: "Journey Runner");
        var token = await client.LoginAsync(email);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/accounts/me");
        request.Headers.Authorization = new("Bearer", token.AccessToken);
        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await response.Content.ReadFromJsonAsync<MeBody>();
        me!.Email.ShouldBe(email);
        me.DisplayName.ShouldBe("Journey Runner");
        me.Roles.ShouldBe(["athlete"]);
        token.TokenType.ShouldBe("Bearer");
        token.ExpiresIn.ShouldBe(3600);
    }

    private sealed record MeBody(Guid Id, string Email, string DisplayName, string[] Roles);
}

public sealed class SignInJourneyTests_Sqlite(SqliteApp app) : SignInJourneyTests(app), IClassFixture<SqliteApp>;

public sealed class SignInJourneyTests_Postgres(PostgresApp app) : SignInJourneyTests(app), IClassFixture<PostgresApp>;
