using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Groups;

/// <summary>Group posts, the group feed and the weekly leaderboard.</summary>
public abstract class GroupContentTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_member_When_they_post_Then_201_and_the_post_is_in_the_group_feed()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await member.JoinAsync(id);

        var response = await member.PostAsJsonAsync($"{GroupsApi.Of(id)}/posts", new { text = "  Who is in for Sunday?  " });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var feed = await (await owner.GetAsync($"{GroupsApi.Of(id)}/feed")).OkJsonAsync();
        var item = feed.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("text").GetString().ShouldBe("Who is in for Sunday?");
        item.GetProperty("kind").GetString().ShouldBe("groupPost");
        item.GetProperty("mayDelete").GetBoolean().ShouldBeTrue("the owner may delete any post of the group");
    }

    [Fact]
    public async Task Given_bad_posts_When_sent_Then_400_for_the_text_403_for_a_non_member_404_for_a_private_group()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var open = await owner.CreateGroupIdAsync();
        var closed = await owner.CreateGroupIdAsync("private");

        (await (await owner.PostAsJsonAsync($"{GroupsApi.Of(open)}/posts", new { text = new string('x', 2001) })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("text");
        (await (await owner.PostAsJsonAsync($"{GroupsApi.Of(open)}/posts", new { text = " " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("text");
        await (await stranger.PostAsJsonAsync($"{GroupsApi.Of(open)}/posts", new { text = "hi" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.PostAsJsonAsync($"{GroupsApi.Of(closed)}/posts", new { text = "hi" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await app.CreateClient().PostAsJsonAsync($"{GroupsApi.Of(open)}/posts", new { text = "hi" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_post_When_another_member_deletes_it_Then_403_and_the_author_or_an_admin_may()
    {
        var owner = await app.CreateAthleteClientAsync();
        var author = await app.CreateAthleteClientAsync();
        var other = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await author.JoinAsync(id);
        await other.JoinAsync(id);
        var first = (await (await author.PostAsJsonAsync($"{GroupsApi.Of(id)}/posts", new { text = "one" })).JsonAsync()).IdOf();
        var second = (await (await author.PostAsJsonAsync($"{GroupsApi.Of(id)}/posts", new { text = "two" })).JsonAsync()).IdOf();

        await (await other.DeleteAsync($"{GroupsApi.Of(id)}/posts/{first}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await author.DeleteAsync($"{GroupsApi.Of(id)}/posts/{first}").NoContentAsync();
        await owner.DeleteAsync($"{GroupsApi.Of(id)}/posts/{second}").NoContentAsync();
        await (await owner.DeleteAsync($"{GroupsApi.Of(id)}/posts/{second}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await (await owner.GetAsync($"{GroupsApi.Of(id)}/feed")).OkJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_members_activities_When_the_feed_is_read_Then_what_the_viewer_may_see_newest_first_and_paged()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var outsider = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await member.JoinAsync(id);
        var memberId = await member.AthleteIdAsync();
        var t = DateTime.UtcNow.AddHours(-5);
        var publicRun = await app.InsertActivityPostAsync(memberId, Visibility.Public, t.AddHours(1), "public run");
        var followersRun = await app.InsertActivityPostAsync(memberId, Visibility.Followers, t.AddHours(2), "followers run");
        await app.InsertActivityPostAsync(memberId, Visibility.Private, t.AddHours(3), "private run");
        await app.InsertActivityPostAsync(await outsider.AthleteIdAsync(), Visibility.Public, t.AddHours(4), "outsider run");

        var strangerView = await (await owner.GetAsync($"{GroupsApi.Of(id)}/feed")).OkJsonAsync();
        strangerView.GetProperty("items").EnumerateArray().Select(i => i.IdOf()).ShouldBe([publicRun]);

        await FollowAsync(await owner.AthleteIdAsync(), memberId);
        var first = await (await owner.GetAsync($"{GroupsApi.Of(id)}/feed?limit=1")).OkJsonAsync();
        var second = await (await owner.GetAsync($"{GroupsApi.Of(id)}/feed?limit=1&cursor={first.GetProperty("nextCursor").GetString()}")).OkJsonAsync();
        first.GetProperty("items").EnumerateArray().Select(i => i.IdOf()).ShouldBe([followersRun]);
        second.GetProperty("items").EnumerateArray().Select(i => i.IdOf()).ShouldBe([publicRun]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var ownView = await (await member.GetAsync($"{GroupsApi.Of(id)}/feed")).OkJsonAsync();
        ownView.GetProperty("items").GetArrayLength().ShouldBe(3);
        (await (await owner.GetAsync($"{GroupsApi.Of(id)}/feed?cursor=bad")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("cursor");
    }

    [Fact]
    public async Task Given_activities_recorded_in_Training_When_the_leaderboard_is_read_Then_members_ranked_by_the_week_totals()
    {
        var owner = await app.CreateAthleteClientAsync();
        var fast = await app.CreateAthleteClientAsync();
        var tied = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await fast.JoinAsync(id);
        await tied.JoinAsync(id);
        var monday = new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero);
        await owner.RecordAsync(ActivityApi.Run("""{"elapsedSeconds":20000,"visibility":"public","distanceMeters":5000,"movingSeconds":1500}""", monday.AddHours(7)));
        await fast.RecordAsync(ActivityApi.Run("""{"elapsedSeconds":20000,"visibility":"followers","distanceMeters":12000,"movingSeconds":3600}""", monday.AddDays(2)));
        await fast.RecordAsync(ActivityApi.Run("""{"elapsedSeconds":20000,"visibility":"public","distanceMeters":3000,"movingSeconds":900}""", monday.AddDays(6).AddHours(23)));
        await fast.RecordAsync(ActivityApi.Run("""{"elapsedSeconds":20000,"visibility":"private","distanceMeters":50000,"movingSeconds":9000}""", monday.AddDays(3)));
        await fast.RecordAsync(ActivityApi.Run("""{"elapsedSeconds":20000,"visibility":"public","distanceMeters":40000,"movingSeconds":8000}""", monday.AddDays(7)));
        await tied.RecordAsync(ActivityApi.Run("""{"elapsedSeconds":20000,"visibility":"public","distanceMeters":5000,"movingSeconds":2000}""", monday.AddDays(1)));
        await tied.RecordAsync(ActivityApi.Run("""{"elapsedSeconds":20000,"visibility":"public","sport":"cycling","distanceMeters":30000,"movingSeconds":3600}""", monday.AddDays(1)));

        var board = await (await owner.GetAsync($"{GroupsApi.Of(id)}/leaderboard?sport=running&metric=distance&week=2026-11-12")).OkJsonAsync();

        board.GetProperty("weekStart").GetString().ShouldBe("2026-11-09");
        board.GetProperty("weekEnd").GetString().ShouldBe("2026-11-15");
        var entries = board.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("userId").GetGuid()).ShouldBe([await fast.AthleteIdAsync(), await owner.AthleteIdAsync(), await tied.AthleteIdAsync()]);
        entries.Select(e => e.GetProperty("distanceMeters").GetDouble()).ShouldBe([15000, 5000, 5000]);
        entries.Select(e => e.GetProperty("rank").GetInt32()).ShouldBe([1, 2, 3]);
        entries[0].GetProperty("activities").GetInt32().ShouldBe(2);

        var byTime = await (await owner.GetAsync($"{GroupsApi.Of(id)}/leaderboard?metric=time&week=2026-11-09")).OkJsonAsync();
        byTime.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("movingSeconds").GetInt64()).ShouldBe([5600, 4500, 1500]);
    }

    [Theory]
    [InlineData("metric=speed", "metric")]
    [InlineData("sport=curling", "sport")]
    [InlineData("week=12.11.2026", "week")]
    public async Task Given_bad_leaderboard_query_When_read_Then_400_naming_the_field(string query, string field)
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();

        var response = await owner.GetAsync($"{GroupsApi.Of(id)}/leaderboard?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Given_no_token_or_unknown_group_When_feed_or_leaderboard_is_read_Then_401_or_404()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var unknown = GroupsApi.Of(Guid.CreateVersion7());

        await (await app.CreateClient().GetAsync($"{unknown}/feed")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.CreateClient().GetAsync($"{unknown}/leaderboard")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await athlete.GetAsync($"{unknown}/feed")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.GetAsync($"{unknown}/leaderboard")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.DeleteAsync($"{unknown}/posts/{Guid.CreateVersion7()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_hidden_group_When_read_Then_404_for_members_but_the_owner_still_sees_it()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var group = await owner.CreateGroupAsync();
        var id = group.IdOf();
        await member.JoinAsync(id);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var target = scope.ServiceProvider.GetServices<FitnessApp.Modules.Social.Moderation.IModerationTarget>()
                .Single(t => t.Kind == FitnessApp.Modules.Social.Moderation.ReportTarget.Group);
            (await target.OwnerAsync(id, await member.AthleteIdAsync(), CancellationToken.None)).ShouldBe(await owner.AthleteIdAsync());
            (await target.DescribeAsync(id, CancellationToken.None)).ShouldBe(group.GetProperty("name").GetString());
            await target.HideAsync(id, DateTime.UtcNow, CancellationToken.None);
        }

        await (await member.GetAsync(GroupsApi.Of(id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await member.GetAsync($"{GroupsApi.Url}/mine")).OkJsonAsync()).GetArrayLength().ShouldBe(0);
        (await (await owner.GetAsync(GroupsApi.Of(id))).OkJsonAsync()).GetProperty("hidden").GetBoolean().ShouldBeTrue();
    }

    private async Task FollowAsync(Guid follower, Guid followee)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
        db.Follows.Add(new Follow { FollowerId = follower, FolloweeId = followee, State = FollowState.Accepted, CreatedAt = DateTime.UtcNow, AcceptedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }
}

public sealed class GroupContentTests_Sqlite(SqliteApp app) : GroupContentTests(app), IClassFixture<SqliteApp>;

public sealed class GroupContentTests_Postgres(PostgresApp app) : GroupContentTests(app), IClassFixture<PostgresApp>;
