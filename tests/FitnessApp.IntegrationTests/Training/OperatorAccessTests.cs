using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>Operators and admins have no window onto athletes' activities: another athlete's rules apply (ADR 0008).</summary>
public abstract class OperatorAccessTests(OperatorApp app)
{
    [Fact]
    public async Task Given_a_private_activity_When_an_operator_reads_patches_or_deletes_it_Then_404_each_time_and_it_is_unchanged()
    {
        var owner = await app.CreateAthleteClientAsync();
        var created = await owner.RecordAsync(ActivityApi.Run());
        var url = $"{ActivityApi.Url}/{created.IdOf()}";
        var operatorClient = await OperatorClientAsync();

        await (await operatorClient.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.PatchAsJsonAsync(url, new { visibility = "public" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.DeleteAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var read = await (await owner.GetAsync(url)).JsonAsync();
        read.GetProperty("visibility").GetString().ShouldBe("private");
    }

    [Fact]
    public async Task Given_a_public_activity_When_an_operator_reads_it_Then_200_like_any_athlete()
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run("""{"visibility":"public"}"""))).IdOf();
        var operatorClient = await OperatorClientAsync();

        var response = await operatorClient.GetAsync($"{ActivityApi.Url}/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpClient> OperatorClientAsync()
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(OperatorApp.Email, OperatorApp.Password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}

/// <summary>A host whose bootstrap admin (who holds every role, operator included) signs in with known credentials.</summary>
public class OperatorApp : FitnessAppFactory
{
    public const string Email = "training-ops@example.com";
    public const string Password = "training operator password 2026";

    public OperatorApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", Email);
        With("Accounts:Bootstrap:AdminPassword", Password);
    }
}

public sealed class SqliteOperatorApp() : OperatorApp(TestDatabase.Sqlite);

public sealed class PostgresOperatorApp() : OperatorApp(TestDatabase.Postgres);

public sealed class OperatorAccessTests_Sqlite(SqliteOperatorApp app) : OperatorAccessTests(app), IClassFixture<SqliteOperatorApp>;

public sealed class OperatorAccessTests_Postgres(PostgresOperatorApp app) : OperatorAccessTests(app), IClassFixture<PostgresOperatorApp>;
