using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>Who may read an activity before the Social module exists (ADR 0008).</summary>
public abstract class ActivityVisibilityTests(FitnessAppFactory app)
{
    [Theory]
    [InlineData("private")]
    [InlineData("followers")]
    [InlineData("public")]
    public async Task Given_an_activity_of_any_visibility_When_its_owner_reads_it_Then_200(string visibility)
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run($$"""{"visibility":"{{visibility}}"}"""))).IdOf();

        var response = await owner.GetAsync($"{ActivityApi.Url}/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("visibility").GetString().ShouldBe(visibility);
    }

    [Theory]
    [InlineData("private")]
    [InlineData("followers")]
    public async Task Given_a_non_public_activity_When_a_stranger_reads_it_Then_404(string visibility)
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run($$"""{"visibility":"{{visibility}}"}"""))).IdOf();

        var response = await stranger.GetAsync($"{ActivityApi.Url}/{id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_public_activity_When_a_stranger_reads_it_Then_200()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run("""{"visibility":"public"}"""))).IdOf();

        var response = await stranger.GetAsync($"{ActivityApi.Url}/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).IdOf().ShouldBe(id);
    }

    [Fact]
    public async Task Given_a_public_activity_When_a_visitor_without_token_reads_it_Then_401()
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run("""{"visibility":"public"}"""))).IdOf();

        var response = await app.CreateClient().GetAsync($"{ActivityApi.Url}/{id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_id_that_does_not_exist_When_reading_it_Then_404()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.GetAsync($"{ActivityApi.Url}/{Guid.CreateVersion7()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class ActivityVisibilityTests_Sqlite(SqliteApp app) : ActivityVisibilityTests(app), IClassFixture<SqliteApp>;

public sealed class ActivityVisibilityTests_Postgres(PostgresApp app) : ActivityVisibilityTests(app), IClassFixture<PostgresApp>;
