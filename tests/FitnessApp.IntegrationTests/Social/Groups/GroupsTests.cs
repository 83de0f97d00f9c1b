using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;

namespace FitnessApp.IntegrationTests.Social.Groups;

/// <summary>Creating, finding, reading, changing and deleting groups.</summary>
public abstract class GroupsTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_an_athlete_When_they_create_a_group_Then_201_and_they_own_it()
    {
        var owner = await app.CreateAthleteClientAsync();
        var me = await owner.AthleteIdAsync();

        var group = await owner.CreateGroupAsync("private", "Night Owls", "cycling", "Moscow");

        group.GetProperty("name").GetString().ShouldBe("Night Owls");
        group.GetProperty("privacy").GetString().ShouldBe("private");
        group.GetProperty("sport").GetString().ShouldBe("cycling");
        group.GetProperty("ownerId").GetGuid().ShouldBe(me);
        group.GetProperty("myRole").GetString().ShouldBe("owner");
        group.GetProperty("memberCount").GetInt32().ShouldBe(1);
        var read = await (await owner.GetAsync(GroupsApi.Of(group.IdOf()))).OkJsonAsync();
        read.GetProperty("city").GetString().ShouldBe("Moscow");
    }

    [Fact]
    public async Task Given_no_token_When_groups_are_created_or_listed_Then_401()
    {
        var anonymous = app.CreateClient();

        await (await anonymous.PostAsJsonAsync(GroupsApi.Url, new { name = "x" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync(GroupsApi.Url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"{GroupsApi.Url}/mine")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync(GroupsApi.Of(Guid.CreateVersion7()))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("""{"name":"  "}""", "name")]
    [InlineData("""{"name":"Club","sport":"curling"}""", "sport")]
    [InlineData("""{"name":"Club","privacy":"secret"}""", "privacy")]
    public async Task Given_bad_fields_When_a_group_is_created_Then_400_naming_the_field(string body, string field)
    {
        var owner = await app.CreateAthleteClientAsync();

        var response = await owner.PostAsync(GroupsApi.Url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Given_a_name_longer_than_100_When_a_group_is_created_Then_400_and_nothing_stored()
    {
        var owner = await app.CreateAthleteClientAsync();

        var response = await owner.PostAsJsonAsync(GroupsApi.Url, new { name = new string('a', 101) });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("name");
        (await (await owner.GetAsync($"{GroupsApi.Url}/mine")).OkJsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_public_and_private_groups_When_a_stranger_searches_Then_both_are_listed_the_private_one_by_name_only()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var open = (await owner.CreateGroupAsync("public", $"Open {tag}")).IdOf();
        var closed = (await owner.CreateGroupAsync("private", $"Closed {tag}")).IdOf();

        var page = await (await stranger.GetAsync($"{GroupsApi.Url}?query={tag.ToUpperInvariant()}")).OkJsonAsync();

        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.IdOf()).ShouldBe([closed, open]);
        items[0].GetProperty("description").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        items[0].GetProperty("city").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        items[1].GetProperty("description").GetString().ShouldBe("We run.");
    }

    [Fact]
    public async Task Given_groups_of_two_sports_When_filtered_by_sport_and_city_Then_only_matching_public_groups()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var city = $"Town{Guid.NewGuid():N}";
        var running = (await owner.CreateGroupAsync("public", sport: "running", city: city)).IdOf();
        await owner.CreateGroupAsync("public", sport: "cycling", city: city);
        await owner.CreateGroupAsync("private", sport: "running", city: city);

        var page = await (await stranger.GetAsync($"{GroupsApi.Url}?sport=running&city={city.ToLowerInvariant()}")).OkJsonAsync();

        page.GetProperty("items").EnumerateArray().Select(i => i.IdOf()).ShouldBe([running]);
    }

    [Fact]
    public async Task Given_more_groups_than_a_page_When_listed_with_the_cursor_Then_every_group_once()
    {
        var owner = await app.CreateAthleteClientAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await owner.CreateGroupAsync(name: $"Paged {tag} {i}")).IdOf());
        }

        var first = await (await owner.GetAsync($"{GroupsApi.Url}?query={tag}&limit=3")).OkJsonAsync();
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await owner.GetAsync($"{GroupsApi.Url}?query={tag}&limit=3&cursor={cursor}")).OkJsonAsync();

        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.IdOf()).ToList();
        seen.ShouldBe(Enumerable.Reverse(ids).ToList());
        second.GetProperty("nextCursor").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [InlineData("sport=curling", "sport")]
    [InlineData("cursor=nonsense", "cursor")]
    [InlineData("limit=0", "limit")]
    public async Task Given_bad_query_When_groups_are_listed_Then_400_naming_the_field(string query, string field)
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.GetAsync($"{GroupsApi.Url}?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Given_memberships_When_the_athlete_lists_their_groups_Then_joined_and_owned_groups_only()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var joined = await owner.CreateGroupIdAsync();
        await owner.CreateGroupIdAsync();
        await member.JoinAsync(joined);
        var own = await member.CreateGroupIdAsync();

        var mine = await (await member.GetAsync($"{GroupsApi.Url}/mine")).OkJsonAsync();

        mine.EnumerateArray().Select(g => g.IdOf()).OrderBy(id => id).ShouldBe(new[] { joined, own }.OrderBy(id => id));
    }

    [Fact]
    public async Task Given_an_unknown_id_When_read_Then_404()
    {
        var athlete = await app.CreateAthleteClientAsync();

        await (await athlete.GetAsync(GroupsApi.Of(Guid.CreateVersion7()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_private_group_When_a_stranger_reads_it_Then_the_name_only()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync("private");

        var group = await (await stranger.GetAsync(GroupsApi.Of(id))).OkJsonAsync();

        group.GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
        group.GetProperty("description").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        group.GetProperty("memberCount").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        group.GetProperty("myState").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_an_admin_When_they_update_the_group_Then_200_with_the_new_details()
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();

        var response = await owner.PutAsJsonAsync(GroupsApi.Of(id), new { name = "Renamed", description = "New", sport = "hiking", city = "Oslo", privacy = "private" });

        var group = await response.OkJsonAsync();
        group.GetProperty("name").GetString().ShouldBe("Renamed");
        group.GetProperty("privacy").GetString().ShouldBe("private");
        group.GetProperty("sport").GetString().ShouldBe("hiking");
    }

    [Fact]
    public async Task Given_a_plain_member_When_they_update_the_group_Then_403_and_a_stranger_of_a_private_group_404()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var open = await owner.CreateGroupIdAsync();
        var closed = await owner.CreateGroupIdAsync("private");
        await member.JoinAsync(open);

        await (await member.PutAsJsonAsync(GroupsApi.Of(open), new { name = "Mine now" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.PutAsJsonAsync(GroupsApi.Of(closed), new { name = "Mine now" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PutAsJsonAsync(GroupsApi.Of(open), new { name = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_the_owner_When_they_delete_the_group_Then_204_and_it_is_gone_while_an_admin_gets_403()
    {
        var owner = await app.CreateAthleteClientAsync();
        var admin = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await admin.JoinAsync(id);
        await owner.PutJsonAsync($"{GroupsApi.Of(id)}/members/{await admin.AthleteIdAsync()}/role", new { role = "admin" });

        await (await admin.DeleteAsync(GroupsApi.Of(id))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await owner.DeleteAsync(GroupsApi.Of(id)).NoContentAsync();

        await (await owner.GetAsync(GroupsApi.Of(id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.DeleteAsync(GroupsApi.Of(id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class GroupsTests_Sqlite(SqliteApp app) : GroupsTests(app), IClassFixture<SqliteApp>;

public sealed class GroupsTests_Postgres(PostgresApp app) : GroupsTests(app), IClassFixture<PostgresApp>;
