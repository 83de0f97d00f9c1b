using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Social;
using FitnessApp.IntegrationTests.Social.Groups;

namespace FitnessApp.IntegrationTests.Loyalty.Challenges;

/// <summary>A group's owner and admins edit its challenges (PUT /challenges/{id}); members get 403, everyone else 404.</summary>
public abstract class GroupChallengeEditTests(ChallengesApp app)
{
    [Fact]
    public async Task Given_a_group_challenge_When_its_owner_edits_it_Then_the_changes_apply()
    {
        var (owner, _, groupId, id) = await GroupChallengeAsync();

        var response = await owner.Client.PutAsJsonAsync(ChallengesApi.Of(id), ChallengesApi.Body(app, """{"title": "Renamed by the owner", "goalValue": 42000}"""));

        var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        json.GetProperty("title").GetString().ShouldBe("Renamed by the owner");
        json.GetProperty("goalValue").GetDouble().ShouldBe(42000);
        json.GetProperty("groupId").GetGuid().ShouldBe(groupId);
        (await owner.Client.GetJsonAsync(ChallengesApi.Of(id))).GetProperty("title").GetString().ShouldBe("Renamed by the owner");
    }

    [Fact]
    public async Task Given_a_group_admin_When_editing_the_groups_challenge_Then_ok()
    {
        var (owner, _, groupId, id) = await GroupChallengeAsync();
        var admin = await app.AthleteAsync();
        await GroupsApi.JoinAsync(admin.Client, groupId);
        (await (await owner.Client.PutJsonAsync($"{GroupsApi.Of(groupId)}/members/{admin.Id}/role", new { role = "admin" })).OkJsonAsync())
            .GetProperty("role").GetString().ShouldBe("admin");

        var response = await admin.Client.PutAsJsonAsync(ChallengesApi.Of(id), ChallengesApi.Body(app, """{"title": "Renamed by an admin"}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await owner.Client.GetJsonAsync(ChallengesApi.Of(id))).GetProperty("title").GetString().ShouldBe("Renamed by an admin");
    }

    [Fact]
    public async Task Given_a_member_another_groups_owner_a_stranger_or_nobody_When_editing_Then_403_404_404_401_and_nothing_changes()
    {
        var (owner, member, _, id) = await GroupChallengeAsync();
        var otherOwner = await app.AthleteAsync();
        await otherOwner.Client.CreateGroupIdAsync("public");
        var stranger = await app.AthleteAsync();
        var body = ChallengesApi.Body(app, """{"title": "Hijacked"}""");

        (await member.Client.PutAsJsonAsync(ChallengesApi.Of(id), body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherOwner.Client.PutAsJsonAsync(ChallengesApi.Of(id), body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.PutAsJsonAsync(ChallengesApi.Of(id), body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.Client.PutAsJsonAsync(ChallengesApi.Of(Guid.NewGuid()), body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().PutAsJsonAsync(ChallengesApi.Of(id), body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await owner.Client.GetJsonAsync(ChallengesApi.Of(id))).GetProperty("title").GetString().ShouldNotBe("Hijacked");
    }

    [Fact]
    public async Task Given_a_public_challenge_When_an_athlete_edits_it_through_the_group_endpoint_Then_403()
    {
        var id = await (await app.OperatorClientAsync()).CreatePublicAsync(app);
        var athlete = await app.AthleteAsync();

        (await athlete.Client.PutAsJsonAsync(ChallengesApi.Of(id), ChallengesApi.Body(app))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("""{"goalValue": 0}""", "goalValue")]
    [InlineData("""{"title": ""}""", "title")]
    [InlineData("""{"sports": ["curling"]}""", "sports[0]")]
    public async Task Given_bad_input_When_the_owner_edits_Then_400_names_the_field_and_nothing_changes(string overrides, string field)
    {
        var (owner, _, _, id) = await GroupChallengeAsync();
        var before = (await owner.Client.GetJsonAsync(ChallengesApi.Of(id))).GetProperty("title").GetString();

        var response = await owner.Client.PutAsJsonAsync(ChallengesApi.Of(id), ChallengesApi.Body(app, overrides));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
        (await owner.Client.GetJsonAsync(ChallengesApi.Of(id))).GetProperty("title").GetString().ShouldBe(before);
    }

    private async Task<(Athlete Owner, Athlete Member, Guid GroupId, Guid ChallengeId)> GroupChallengeAsync()
    {
        var owner = await app.AthleteAsync();
        var member = await app.AthleteAsync();
        var groupId = await owner.Client.CreateGroupIdAsync("public");
        await GroupsApi.JoinAsync(member.Client, groupId);
        var body = ChallengesApi.Body(app);
        body["groupId"] = groupId.ToString();
        var id = (await owner.Client.PostAsJsonAsync(ChallengesApi.Url, body).CreatedAsync()).GetProperty("id").GetGuid();
        return (owner, member, groupId, id);
    }
}

public sealed class GroupChallengeEditTests_Sqlite(ChallengesSqliteApp app) : GroupChallengeEditTests(app), IClassFixture<ChallengesSqliteApp>;

public sealed class GroupChallengeEditTests_Postgres(ChallengesPostgresApp app) : GroupChallengeEditTests(app), IClassFixture<ChallengesPostgresApp>;
