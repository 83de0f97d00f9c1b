using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

public abstract class ListActivitiesTests(FitnessAppFactory app)
{
    private static readonly DateTimeOffset Day0 = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_five_runs_and_two_rides_When_listing_runs_two_at_a_time_Then_three_pages_newest_first_without_gaps()
    {
        var client = await app.CreateAthleteClientAsync();
        var runs = new List<Guid>();
        for (var day = 0; day < 5; day++)
        {
            runs.Add((await client.RecordAsync(ActivityApi.Run(start: Day0.AddDays(day)))).IdOf());
            await client.RecordAsync(ActivityApi.Run("""{"sport":"cycling"}""", Day0.AddDays(day).AddHours(3)));
        }

        var seen = new List<Guid>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await GetPageAsync(client, $"?sport=running&limit=2{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
            page.GetProperty("items").GetArrayLength().ShouldBeLessThanOrEqualTo(2);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.IdOf()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(Enumerable.Reverse(runs).ToList());
    }

    [Fact]
    public async Task Given_activities_on_several_days_When_listing_from_to_Then_only_those_starting_in_the_range_come_back()
    {
        var client = await app.CreateAthleteClientAsync();
        var ids = new List<Guid>();
        for (var day = 0; day < 4; day++)
        {
            ids.Add((await client.RecordAsync(ActivityApi.Run(start: Day0.AddDays(day)))).IdOf());
        }

        var page = await GetPageAsync(client, $"?from={Uri.EscapeDataString(Day0.AddDays(1).ToString("O"))}&to={Uri.EscapeDataString(Day0.AddDays(3).ToString("O"))}");

        page.GetProperty("items").EnumerateArray().Select(a => a.IdOf()).ShouldBe([ids[2], ids[1]]);
        page.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_activities_of_two_athletes_When_one_lists_Then_only_their_own_come_back()
    {
        var mine = await app.CreateAthleteClientAsync();
        var theirs = await app.CreateAthleteClientAsync();
        var own = (await mine.RecordAsync(ActivityApi.Run())).IdOf();
        await theirs.RecordAsync(ActivityApi.Run("""{"visibility":"public"}"""));

        var page = await GetPageAsync(mine, string.Empty);

        page.GetProperty("items").EnumerateArray().Select(a => a.IdOf()).ShouldBe([own]);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?sport=swimming", "sport")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    [InlineData("?from=2026-09-02T00:00:00Z&to=2026-09-01T00:00:00Z", "to")]
    public async Task Given_an_invalid_query_When_listing_Then_400_names_the_parameter(string query, string field)
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.GetAsync(ActivityApi.Url + query);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe([field]);
    }

    [Fact]
    public async Task Given_no_token_When_listing_Then_401()
    {
        var response = await app.CreateClient().GetAsync(ActivityApi.Url);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<JsonElement> GetPageAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(ActivityApi.Url + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}

public sealed class ListActivitiesTests_Sqlite(SqliteApp app) : ListActivitiesTests(app), IClassFixture<SqliteApp>;

public sealed class ListActivitiesTests_Postgres(PostgresApp app) : ListActivitiesTests(app), IClassFixture<PostgresApp>;
