using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Social;
using FitnessApp.IntegrationTests.Social.Groups;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Loyalty.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Challenges;

public abstract class ChallengesTests(ChallengesApp app)
{
    [Fact]
    public async Task Given_an_operator_When_creating_a_challenge_Then_athletes_find_it_running_and_see_it()
    {
        var operatorClient = await app.OperatorClientAsync();
        var created = await operatorClient.PostAsJsonAsync(ChallengesApi.AdminUrl, ChallengesApi.Body(app, """{"title": "November hundred"}""")).CreatedAsync();
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("status").GetString().ShouldBe("running");
        created.GetProperty("sports").EnumerateArray().Select(s => s.GetString()).ShouldBe(["running", "trailRunning"]);

        var athlete = await app.AthleteAsync();
        var running = await athlete.Client.GetJsonAsync($"{ChallengesApi.Url}?status=running&limit=50");
        running.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(id);
        var upcoming = await athlete.Client.GetJsonAsync($"{ChallengesApi.Url}?status=upcoming&limit=50");
        upcoming.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldNotContain(id);
        var one = await athlete.Client.GetJsonAsync(ChallengesApi.Of(id));
        one.GetProperty("title").GetString().ShouldBe("November hundred");
        one.GetProperty("joined").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData("""{"goalValue": 0}""", "goalValue")]
    [InlineData("""{"goalValue": 1e12}""", "goalValue")]
    [InlineData("""{"goal": "pushups"}""", "goal")]
    [InlineData("""{"sports": ["curling"]}""", "sports[0]")]
    [InlineData("""{"title": ""}""", "title")]
    [InlineData("""{"finisherPoints": -5}""", "finisherPoints")]
    public async Task Given_bad_input_When_an_operator_creates_Then_400_names_the_field(string overrides, string field)
    {
        var operatorClient = await app.OperatorClientAsync();
        var response = await operatorClient.PostAsJsonAsync(ChallengesApi.AdminUrl, ChallengesApi.Body(app, overrides));
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Given_an_end_before_the_start_When_creating_Then_400_names_endsAt_and_nothing_is_stored()
    {
        var operatorClient = await app.OperatorClientAsync();
        var title = $"Backwards {Guid.NewGuid():N}";
        var now = app.Clock.GetUtcNow();
        var body = ChallengesApi.Body(app, $$"""{"title": "{{title}}", "startsAt": "{{now.AddDays(2):O}}", "endsAt": "{{now.AddDays(1):O}}"}""");
        var response = await operatorClient.PostAsJsonAsync(ChallengesApi.AdminUrl, body);
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("endsAt");
        (await app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.Challenges.CountAsync(c => c.Title == title))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_no_token_or_an_athlete_When_calling_Then_401_and_operator_endpoints_are_403()
    {
        var anonymous = app.CreateClient();
        (await anonymous.GetAsync(ChallengesApi.Url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync($"{ChallengesApi.Of(Guid.NewGuid())}/join", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync(ChallengesApi.AdminUrl, ChallengesApi.Body(app))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var athlete = await app.AthleteAsync();
        (await athlete.Client.PostAsJsonAsync(ChallengesApi.AdminUrl, ChallengesApi.Body(app))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var id = await (await app.OperatorClientAsync()).CreatePublicAsync(app);
        (await athlete.Client.PutAsJsonAsync($"{ChallengesApi.AdminUrl}/{id}", ChallengesApi.Body(app))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await athlete.Client.DeleteAsync($"{ChallengesApi.AdminUrl}/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await athlete.Client.GetAsync(ChallengesApi.Of(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await athlete.Client.PostAsync($"{ChallengesApi.Of(Guid.NewGuid())}/join", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_two_athletes_with_equal_progress_When_reading_the_leaderboard_Then_who_got_there_first_ranks_higher_and_updates_and_deletions_move_it()
    {
        var id = await (await app.OperatorClientAsync()).CreatePublicAsync(app);
        var early = await app.AthleteAsync();
        var late = await app.AthleteAsync();
        await late.Client.JoinAsync(id);
        await early.Client.JoinAsync(id);

        await early.Client.RunAsync(app, 10_000);
        await early.Client.ProgressAsync(id, 10_000);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await late.Client.RunAsync(app, 10_000);
        await late.Client.ProgressAsync(id, 10_000);

        var board = await early.Client.LeaderboardAsync(id);
        Ranks(board).ShouldBe([(early.Id, 1), (late.Id, 2)]);
        board.GetProperty("me").GetProperty("rank").GetInt32().ShouldBe(1);
        (await late.Client.LeaderboardAsync(id)).GetProperty("me").GetProperty("rank").GetInt32().ShouldBe(2);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var extra = await late.Client.RunAsync(app, 1_000);
        await late.Client.ProgressAsync(id, 11_000);
        Ranks(await early.Client.LeaderboardAsync(id)).ShouldBe([(late.Id, 1), (early.Id, 2)]);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await late.Client.DeleteAsync($"{ActivityApi.Url}/{extra}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await late.Client.ProgressAsync(id, 10_000);
        Ranks(await early.Client.LeaderboardAsync(id)).ShouldBe([(early.Id, 1), (late.Id, 2)]);
    }

    [Fact]
    public async Task Given_an_activity_of_another_sport_or_before_joining_When_joining_Then_what_fits_already_counts()
    {
        var id = await (await app.OperatorClientAsync()).CreatePublicAsync(app);
        var athlete = await app.AthleteAsync();
        await athlete.Client.RunAsync(app, 7_000);
        await athlete.Client.RunAsync(app, 20_000, sport: "cycling");
        var joined = await athlete.Client.JoinAsync(id);
        joined.GetProperty("joined").GetBoolean().ShouldBeTrue();
        joined.GetProperty("myProgress").GetDouble().ShouldBe(7_000);
        (await athlete.Client.GetJsonAsync(ChallengesApi.Of(id))).GetProperty("myRank").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_participant_When_joining_twice_then_leaving_Then_409_then_gone_from_the_leaderboard()
    {
        var id = await (await app.OperatorClientAsync()).CreatePublicAsync(app);
        var athlete = await app.AthleteAsync();
        await athlete.Client.JoinAsync(id);
        await (await athlete.Client.PostAsync($"{ChallengesApi.Of(id)}/join", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.ChallengeParticipants.CountAsync(p => p.ChallengeId == id))).ShouldBe(1);

        (await athlete.Client.DeleteAsync($"{ChallengesApi.Of(id)}/join")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var board = await athlete.Client.LeaderboardAsync(id);
        board.GetProperty("participants").GetInt32().ShouldBe(0);
        board.GetProperty("me").ValueKind.ShouldBe(JsonValueKind.Null);
        (await athlete.Client.DeleteAsync($"{ChallengesApi.Of(id)}/join")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_finished_challenge_When_joining_Then_409_and_nothing_stored()
    {
        var now = app.Clock.GetUtcNow();
        var id = await (await app.OperatorClientAsync()).CreatePublicAsync(app, $$"""{"startsAt": "{{now.AddDays(-5):O}}", "endsAt": "{{now.AddDays(-1):O}}"}""");
        var athlete = await app.AthleteAsync();
        await (await athlete.Client.PostAsync($"{ChallengesApi.Of(id)}/join", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.ChallengeParticipants.CountAsync(p => p.ChallengeId == id))).ShouldBe(0);
        var finished = await athlete.Client.GetJsonAsync($"{ChallengesApi.Url}?status=finished&limit=50");
        finished.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(id);
    }

    [Fact]
    public async Task Given_a_group_challenge_When_strangers_members_and_admins_act_Then_only_members_see_and_join_and_only_admins_create()
    {
        var owner = await app.AthleteAsync();
        var member = await app.AthleteAsync();
        var stranger = await app.AthleteAsync();
        var groupId = await owner.Client.CreateGroupIdAsync("public");
        await GroupsApi.JoinAsync(member.Client, groupId);

        var body = ChallengesApi.Body(app);
        body["groupId"] = groupId.ToString();
        var id = (await owner.Client.PostAsJsonAsync(ChallengesApi.Url, body).CreatedAsync()).GetProperty("id").GetGuid();

        (await member.Client.PostAsJsonAsync(ChallengesApi.Url, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.Client.PostAsJsonAsync(ChallengesApi.Url, body)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var unknown = ChallengesApi.Body(app);
        unknown["groupId"] = Guid.NewGuid().ToString();
        (await owner.Client.PostAsJsonAsync(ChallengesApi.Url, unknown)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var noGroup = await owner.Client.PostAsJsonAsync(ChallengesApi.Url, ChallengesApi.Body(app));
        (await noGroup.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("groupId");

        (await stranger.Client.GetAsync(ChallengesApi.Of(id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.GetAsync($"{ChallengesApi.Of(id)}/leaderboard")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.PostAsync($"{ChallengesApi.Of(id)}/join", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var strangersList = await stranger.Client.GetJsonAsync($"{ChallengesApi.Url}?limit=50");
        strangersList.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldNotContain(id);

        var membersList = await member.Client.GetJsonAsync($"{ChallengesApi.Url}?limit=50");
        membersList.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(id);
        (await member.Client.JoinAsync(id)).GetProperty("groupId").GetGuid().ShouldBe(groupId);
        var mine = await member.Client.GetJsonAsync($"{ChallengesApi.Url}?mine=true");
        mine.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([id]);
    }

    [Fact]
    public async Task Given_athletes_joining_at_once_leaving_and_erased_When_reading_the_challenge_Then_the_participant_count_follows()
    {
        var id = await (await app.OperatorClientAsync()).CreatePublicAsync(app);
        var athletes = new List<(Guid Id, HttpClient Client)>();
        for (var i = 0; i < 6; i++)
        {
            var athlete = await app.AthleteAsync();
            athletes.Add((athlete.Id, athlete.Client));
        }

        await Task.WhenAll(athletes.Select(a => a.Client.JoinAsync(id)));
        (await athletes[0].Client.GetJsonAsync(ChallengesApi.Of(id))).GetProperty("participants").GetInt32().ShouldBe(6);

        (await athletes[1].Client.DeleteAsync($"{ChallengesApi.Of(id)}/join")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var challenges = scope.ServiceProvider.GetServices<FitnessApp.Modules.Loyalty.PersonalData.ILoyaltyDataPart>()
                .OfType<FitnessApp.Modules.Loyalty.Challenges.ChallengesDataPart>().Single();
            await challenges.EraseAsync(athletes[2].Id, CancellationToken.None);
            await challenges.EraseAsync(athletes[2].Id, CancellationToken.None);
        }

        (await athletes[0].Client.GetJsonAsync(ChallengesApi.Of(id))).GetProperty("participants").GetInt32().ShouldBe(4);
        (await athletes[0].Client.LeaderboardAsync(id)).GetProperty("participants").GetInt32().ShouldBe(4);
        var listed = await athletes[0].Client.GetJsonAsync($"{ChallengesApi.Url}?mine=true");
        listed.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id).GetProperty("participants").GetInt32().ShouldBe(4);
    }

    [Fact]
    public async Task Given_an_ended_challenge_When_finalizing_twice_and_at_once_Then_points_and_badges_are_awarded_once()
    {
        var now = app.Clock.GetUtcNow();
        var id = await (await app.OperatorClientAsync()).CreatePublicAsync(app, $$"""{"goalValue": 5000, "startsAt": "{{now.AddDays(-1):O}}", "endsAt": "{{now.AddMinutes(2):O}}"}""");
        var winner = await app.AthleteAsync();
        var second = await app.AthleteAsync();
        await winner.Client.JoinAsync(id);
        await second.Client.JoinAsync(id);
        await winner.Client.RunAsync(app, 6_000);
        await winner.Client.ProgressAsync(id, 6_000);
        await second.Client.RunAsync(app, 2_000);
        await second.Client.ProgressAsync(id, 2_000);

        // Past the end, within the access tokens' lifetime.
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var runs = await Task.WhenAll(app.FinalizeAsync(), app.FinalizeAsync());
        runs.Count(r => r > 0).ShouldBeLessThanOrEqualTo(1);
        await app.FinalizeAsync();

        (await app.ChallengePointsAsync(winner.Id, id)).Order().ShouldBe([50, 100]);
        (await app.ChallengePointsAsync(second.Id, id)).ShouldBe([60]);
        var awarded = await app.AwardedPayloadsAsync(id);
        awarded.Count.ShouldBe(3);
        awarded.Count(p => p.Contains($"challenge-{id}-finisher", StringComparison.Ordinal)).ShouldBe(1);

        var mine = await winner.Client.GetJsonAsync(ChallengesApi.Of(id));
        mine.GetProperty("finalized").GetBoolean().ShouldBeTrue();
        mine.GetProperty("status").GetString().ShouldBe("finished");
        mine.GetProperty("myRank").GetInt32().ShouldBe(1);
        var board = await second.Client.LeaderboardAsync(id);
        board.GetProperty("top")[0].GetProperty("finished").GetBoolean().ShouldBeTrue();
        board.GetProperty("me").GetProperty("rank").GetInt32().ShouldBe(2);
        await (await second.Client.DeleteAsync($"{ChallengesApi.Of(id)}/join")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_a_challenge_When_anyone_asks_for_its_badge_Then_an_svg_with_safe_headers()
    {
        var title = "<script>alert(1)</script> run";
        var id = await (await app.OperatorClientAsync()).CreatePublicAsync(app, $$"""{"title": "{{title}}"}""");
        var response = await app.CreateClient().GetAsync($"{ChallengesApi.Of(id)}/badge.svg?place=1");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
        var svg = await response.Content.ReadAsStringAsync();
        svg.ShouldStartWith("<svg");
        svg.ShouldNotContain("<script>");
        (await app.CreateClient().GetAsync($"{ChallengesApi.Of(Guid.NewGuid())}/badge.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_operator_When_editing_and_deleting_Then_changes_apply_and_unknown_ids_are_404()
    {
        var operatorClient = await app.OperatorClientAsync();
        var id = await operatorClient.CreatePublicAsync(app);
        var updated = await operatorClient.PutAsJsonAsync($"{ChallengesApi.AdminUrl}/{id}", ChallengesApi.Body(app, """{"title": "Renamed", "goal": "steps", "goalValue": 300000}"""));
        var json = await updated.Content.ReadFromJsonAsync<JsonElement>();
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, json.ToString());
        json.GetProperty("title").GetString().ShouldBe("Renamed");
        json.GetProperty("sports").GetArrayLength().ShouldBe(0);
        (await operatorClient.PutAsJsonAsync($"{ChallengesApi.AdminUrl}/{Guid.NewGuid()}", ChallengesApi.Body(app))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await operatorClient.DeleteAsync($"{ChallengesApi.AdminUrl}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await operatorClient.DeleteAsync($"{ChallengesApi.AdminUrl}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static List<(Guid, int)> Ranks(JsonElement board) =>
        board.GetProperty("top").EnumerateArray().Select(r => (r.GetProperty("athleteId").GetGuid(), r.GetProperty("rank").GetInt32())).ToList();
}

public sealed class ChallengesTests_Sqlite(ChallengesSqliteApp app) : ChallengesTests(app), IClassFixture<ChallengesSqliteApp>;

public sealed class ChallengesTests_Postgres(ChallengesPostgresApp app) : ChallengesTests(app), IClassFixture<ChallengesPostgresApp>;
