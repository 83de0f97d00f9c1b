using System.Net;
using System.Net.Http.Json;
using System.Text;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Accounts;

public abstract class RegistrationTests(FitnessAppFactory app)
{
    private const string Url = "/api/v1/accounts/register";

    [Fact]
    public async Task Given_valid_fields_When_registering_Then_201_with_location_and_the_account()
    {
        var client = app.CreateClient();
        var email = $"new-{Guid.NewGuid():N}@example.com";

        var response = await client.PostAsJsonAsync(Url, new { email, password = ApiClientExtensions.Password, acceptedTermsVersion = ApiClientExtensions.TermsVersion, displayName = "New Runner" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.ShouldBe("/api/v1/accounts/me");
        var body = await response.Content.ReadFromJsonAsync<RegisteredBody>();
        body!.Email.ShouldBe(email);
        body.DisplayName.ShouldBe("New Runner");
        body.Id.ShouldNotBe(Guid.Empty);
        body.Id.Version.ShouldBe(7);
    }

    [Fact]
    public async Task Given_every_field_invalid_When_registering_Then_400_names_each_field_in_camelCase()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync(Url, new { email = "not-an-email", password = "short", displayName = "  ", acceptedTermsVersion = ApiClientExtensions.TermsVersion });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["email", "password", "displayName"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_a_password_of_eleven_characters_When_registering_Then_400_on_password_only()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync(Url, new { email = $"short-{Guid.NewGuid():N}@example.com", password = "abcdefghijk", displayName = "Shorty", acceptedTermsVersion = ApiClientExtensions.TermsVersion });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["password"]);
        problem.GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain("12");
    }

    [Fact]
    public async Task Given_missing_fields_When_registering_Then_400_rather_than_500()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync(Url, new { });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["email", "password", "displayName", "acceptedTermsVersion"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_an_email_already_registered_When_registering_it_again_in_other_case_Then_201_like_a_new_account_and_no_second_account()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();

        var response = await client.PostAsJsonAsync(Url, new { email = email.ToUpperInvariant(), password = ApiClientExtensions.Password, acceptedTermsVersion = ApiClientExtensions.TermsVersion, displayName = "Twin" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await app.Services.QueryAsync<AccountsDbContext, int>(db => db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant()))).ShouldBe(1);
    }

    [Fact]
    public async Task Given_the_same_new_email_When_registered_by_several_clients_at_once_Then_all_201_and_one_account()
    {
        var email = $"race-{Guid.NewGuid():N}@example.com";

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            app.CreateClient().PostAsJsonAsync(Url, new { email, password = ApiClientExtensions.Password, acceptedTermsVersion = ApiClientExtensions.TermsVersion, displayName = $"Racer {i}" })));

        responses.Select(r => r.StatusCode).ShouldAllBe(status => status == HttpStatusCode.Created);
        (await app.Services.QueryAsync<AccountsDbContext, int>(db => db.Users.CountAsync(u => u.Email == email))).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_body_that_is_not_json_When_registering_Then_415_problem()
    {
        var client = app.CreateClient();
        using var content = new StringContent("email=a@b.c", Encoding.UTF8, "text/plain");

        var response = await client.PostAsync(Url, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Given_malformed_json_When_registering_Then_400_explains_the_json_error()
    {
        var client = app.CreateClient();
        using var content = new StringContent("{\"email\": \"a@b.c\", \"password\": ", Encoding.UTF8, "application/json");

        var response = await client.PostAsync(Url, content);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("JSON", Case.Insensitive);
    }

    [Fact]
    public async Task Given_a_registration_When_it_succeeds_Then_the_user_and_its_UserRegistered_event_are_both_stored()
    {
        var client = app.CreateClient();

        var email = await client.RegisterAsync();

        var (users, events) = await app.Services.QueryAsync<AccountsDbContext, (int, int)>(async db => (
            await db.Users.CountAsync(u => u.Email == email),
            await db.Set<FitnessApp.Modules.Shared.Messaging.Outbox.OutboxMessage>().CountAsync(m => m.Payload.Contains(email) && m.Type.Contains("UserRegistered"))));
        users.ShouldBe(1);
        events.ShouldBe(1);
    }

    private sealed record RegisteredBody(Guid Id, string Email, string DisplayName);
}

public sealed class RegistrationTests_Sqlite(SqliteApp app) : RegistrationTests(app), IClassFixture<SqliteApp>;

public sealed class RegistrationTests_Postgres(PostgresApp app) : RegistrationTests(app), IClassFixture<PostgresApp>;
