using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Jobs;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Accounts.PersonalData;

public abstract class ErasureTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_an_athlete_with_data_in_every_module_When_they_erase_their_account_Then_no_row_of_any_schema_refers_to_them()
    {
        var (athlete, seeded) = await PersonalDataApi.SeedAsync(app);
        var (other, otherSeeded) = await PersonalDataApi.SeedAsync(app);
        var export = await athlete.RequestExportAsync();
        (await athlete.ReadyExportAsync(export.GetProperty("id").GetGuid())).GetProperty("status").GetString().ShouldBe("ready");
        (await UserReferenceScan.FindAsync(app, seeded.UserId)).ShouldNotBeEmpty("the scan must see the seeded data");

        var response = await athlete.EraseAsync(ApiClientExtensions.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        (await app.CreateClient().PostAsJsonAsync("/api/v1/accounts/login", new { email = seeded.Email, password = ApiClientExtensions.Password }))
            .IsSuccessStatusCode.ShouldBeFalse();
        await Eventually.ReturnsAsync(
            () => app.Services.QueryAsync<AccountsDbContext, bool>(db => db.Users.AnyAsync(u => u.Id == seeded.UserId)),
            exists => !exists, TimeSpan.FromSeconds(60), "every module to confirm the erasure");
        var left = await UserReferenceScan.FindAsync(app, seeded.UserId);
        left.ShouldBeEmpty($"rows still refer to the erased user: {string.Join("; ", left)}");
        (await UserReferenceScan.FindAsync(app, otherSeeded.UserId)).ShouldNotBeEmpty();
        (await app.CountActivitiesAsync(otherSeeded.ActivityTitle)).ShouldBe(1);
        (await other.GetAsync(PersonalDataApi.Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_wrong_or_missing_password_When_erasing_Then_403_or_400_and_nothing_happens()
    {
        var email = $"athlete-{Guid.NewGuid():N}@example.com";
        var athlete = await app.CreateAthleteClientAsync(email);
        var userId = (await (await athlete.GetAsync(PersonalDataApi.Me)).JsonAsync()).GetProperty("id").GetGuid();

        var wrong = await athlete.EraseAsync("not my password at all");
        var missing = await athlete.EraseAsync(null);

        await wrong.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("password");
        (await athlete.GetAsync(PersonalDataApi.Me)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.CreateClient().LoginAsync(email);
        (await app.Services.QueryAsync<AccountsDbContext, int>(db => db.ErasureRequests.CountAsync(r => r.UserId == userId))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_an_anonymous_caller_When_erasing_Then_401()
    {
        var response = await app.CreateClient().EraseAsync(ApiClientExtensions.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_erased_account_When_its_refresh_token_is_used_Then_it_is_refused()
    {
        var email = $"athlete-{Guid.NewGuid():N}@example.com";
        var client = app.CreateClient();
        await client.RegisterAsync(email);
        var tokens = await client.LoginAsync(email);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        (await client.EraseAsync(ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var refresh = await app.CreateClient().PostAsJsonAsync("/api/v1/accounts/refresh", new { refreshToken = tokens.RefreshToken });

        refresh.IsSuccessStatusCode.ShouldBeFalse();
    }
}

public sealed class ErasureTests_Sqlite(SqliteApp app) : ErasureTests(app), IClassFixture<SqliteApp>;

public sealed class ErasureTests_Postgres(PostgresApp app) : ErasureTests(app), IClassFixture<PostgresApp>;
