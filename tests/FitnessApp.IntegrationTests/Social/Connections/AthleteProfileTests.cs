using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;

namespace FitnessApp.IntegrationTests.Social.Connections;

/// <summary>The visibility matrix (owner, follower, stranger, blocked, anonymous) on an athlete's card and activities.</summary>
public abstract class AthleteProfileTests(FitnessAppFactory app)
{
    private sealed record Setup(Athlete Owner, Athlete Follower, Athlete Stranger, Athlete Blocked, Athlete Blocking, Guid Public, Guid Followers, Guid Private);

    private async Task<Setup> ArrangeAsync(bool followersOnly)
    {
        var owner = await app.CreateAthleteAsync("Owner", "Hamburg", followersOnly, "running", "cycling");
        var follower = await app.CreateAthleteAsync();
        var stranger = await app.CreateAthleteAsync();
        var blocked = await app.CreateAthleteAsync();
        var blocking = await app.CreateAthleteAsync();
        await follower.FollowsAsync(owner);
        await owner.FollowsAsync(follower);
        await blocked.FollowsAsync(owner);
        await owner.BlockAsync(blocked.Id);
        await blocking.BlockAsync(owner.Id);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var ids = new List<Guid>();
        foreach (var (visibility, hours) in new[] { ("public", 0), ("followers", 1), ("private", 2) })
        {
            var activity = await owner.Client.RecordAsync(ActivityApi.Run($$"""{"visibility":"{{visibility}}"}""", start.AddHours(hours)));
            ids.Add(activity.GetProperty("id").GetGuid());
        }

        return new Setup(owner, follower, stranger, blocked, blocking, ids[0], ids[1], ids[2]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Given_a_profile_When_its_owner_and_a_follower_read_the_card_Then_everything_with_counts_and_relationship(bool followersOnly)
    {
        var s = await ArrangeAsync(followersOnly);

        var mine = await s.Owner.GetJsonAsync($"/athletes/{s.Owner.Id}");
        var theirs = await s.Follower.GetJsonAsync($"/athletes/{s.Owner.Id}");

        mine.GetProperty("isMe").GetBoolean().ShouldBeTrue();
        foreach (var card in new[] { mine, theirs })
        {
            card.GetProperty("limited").GetBoolean().ShouldBeFalse();
            card.GetProperty("displayName").GetString().ShouldBe(s.Owner.Name);
            card.GetProperty("city").GetString().ShouldBe("Hamburg");
            card.GetProperty("country").GetString().ShouldBe("DE");
            card.GetProperty("bio").GetString().ShouldBe("Marathons and mountains.");
            card.GetProperty("preferredSports").EnumerateArray().Select(e => e.GetString()).ShouldBe(["running", "cycling"]);
            card.GetProperty("followerCount").GetInt32().ShouldBe(1);
            card.GetProperty("followingCount").GetInt32().ShouldBe(1);
        }

        var relationship = theirs.GetProperty("relationship");
        relationship.GetProperty("following").GetString().ShouldBe("following");
        relationship.GetProperty("followsYou").GetBoolean().ShouldBeTrue();
        relationship.GetProperty("blockedByMe").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_public_profile_When_a_stranger_reads_the_card_Then_everything_and_no_relationship()
    {
        var s = await ArrangeAsync(followersOnly: false);

        var card = await s.Stranger.GetJsonAsync($"/athletes/{s.Owner.Id}");

        card.GetProperty("limited").GetBoolean().ShouldBeFalse();
        card.GetProperty("bio").GetString().ShouldBe("Marathons and mountains.");
        card.GetProperty("followerCount").GetInt32().ShouldBe(1);
        card.GetProperty("relationship").GetProperty("following").GetString().ShouldBe("none");
        card.GetProperty("relationship").GetProperty("followsYou").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_followers_only_profile_When_a_stranger_or_requester_reads_the_card_Then_only_name_avatar_and_relationship()
    {
        var s = await ArrangeAsync(followersOnly: true);
        var requester = await app.CreateAthleteAsync();
        await requester.FollowedAsync(s.Owner);

        var card = await s.Stranger.GetJsonAsync($"/athletes/{s.Owner.Id}");
        var asked = await requester.GetJsonAsync($"/athletes/{s.Owner.Id}");

        card.GetProperty("limited").GetBoolean().ShouldBeTrue();
        card.GetProperty("displayName").GetString().ShouldBe(s.Owner.Name);
        card.GetProperty("city").ValueKind.ShouldBe(JsonValueKind.Null);
        card.GetProperty("bio").ValueKind.ShouldBe(JsonValueKind.Null);
        card.GetProperty("preferredSports").GetArrayLength().ShouldBe(0);
        card.GetProperty("followerCount").GetInt32().ShouldBe(0);
        asked.GetProperty("limited").GetBoolean().ShouldBeTrue();
        asked.GetProperty("relationship").GetProperty("following").GetString().ShouldBe("requested");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Given_a_block_either_way_or_an_unknown_id_When_reading_the_card_or_activities_Then_404(bool followersOnly)
    {
        var s = await ArrangeAsync(followersOnly);

        foreach (var path in new[] { $"/athletes/{s.Owner.Id}", $"/athletes/{s.Owner.Id}/activities" })
        {
            await (await s.Blocked.Client.GetAsync(ConnectionsApi.Root + path)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await s.Blocking.Client.GetAsync(ConnectionsApi.Root + path)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        await (await s.Owner.Client.GetAsync($"{ConnectionsApi.Root}/athletes/{s.Blocked.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await s.Stranger.Client.GetAsync($"{ConnectionsApi.Root}/athletes/{Guid.CreateVersion7()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await s.Stranger.Client.GetAsync($"{ConnectionsApi.Root}/athletes/{Guid.CreateVersion7()}/activities")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Given_a_profile_When_anonymous_reads_the_card_or_activities_Then_401(bool followersOnly)
    {
        var s = await ArrangeAsync(followersOnly);
        var anonymous = app.CreateClient();

        await (await anonymous.GetAsync($"{ConnectionsApi.Root}/athletes/{s.Owner.Id}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"{ConnectionsApi.Root}/athletes/{s.Owner.Id}/activities")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Given_public_followers_and_private_activities_When_owner_and_follower_list_them_Then_what_each_may_see_newest_first(bool followersOnly)
    {
        var s = await ArrangeAsync(followersOnly);

        var mine = await s.Owner.GetJsonAsync($"/athletes/{s.Owner.Id}/activities");
        var follower = await s.Follower.GetJsonAsync($"/athletes/{s.Owner.Id}/activities");

        mine.Ids().ShouldBe([s.Private, s.Followers, s.Public]);
        follower.Ids().ShouldBe([s.Followers, s.Public]);
        var item = follower.Item(s.Public);
        item.GetProperty("sport").GetString().ShouldBe("running");
        item.GetProperty("distanceMeters").GetDouble().ShouldBe(10000.0);
        item.GetProperty("movingSeconds").GetInt32().ShouldBe(2900);
        item.GetProperty("elevationGainMeters").GetDouble().ShouldBe(85.0);
        item.GetProperty("visibility").GetString().ShouldBe("public");
    }

    [Fact]
    public async Task Given_a_public_profile_When_a_stranger_lists_its_activities_Then_only_the_public_one()
    {
        var s = await ArrangeAsync(followersOnly: false);

        (await s.Stranger.GetJsonAsync($"/athletes/{s.Owner.Id}/activities")).Ids().ShouldBe([s.Public]);
    }

    [Fact]
    public async Task Given_a_followers_only_profile_When_a_stranger_lists_its_activities_Then_404()
    {
        var s = await ArrangeAsync(followersOnly: true);

        await (await s.Stranger.Client.GetAsync($"{ConnectionsApi.Root}/athletes/{s.Owner.Id}/activities")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_three_visible_activities_When_paging_by_two_Then_a_cursor_to_the_third_and_bad_paging_is_400()
    {
        var s = await ArrangeAsync(followersOnly: false);

        var first = await s.Owner.GetJsonAsync($"/athletes/{s.Owner.Id}/activities?limit=2");
        var second = await s.Owner.GetJsonAsync($"/athletes/{s.Owner.Id}/activities?limit=2&cursor={first.GetProperty("nextCursor").GetString()}");

        first.Ids().ShouldBe([s.Private, s.Followers]);
        second.Ids().ShouldBe([s.Public]);
        (await (await s.Owner.Client.GetAsync($"{ConnectionsApi.Root}/athletes/{s.Owner.Id}/activities?limit=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .ErrorKeys().ShouldBe(["limit"]);
        (await (await s.Owner.Client.GetAsync($"{ConnectionsApi.Root}/athletes/{s.Owner.Id}/activities?cursor=nonsense")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .ErrorKeys().ShouldBe(["cursor"]);
    }
}

public sealed class AthleteProfileTests_Sqlite(SqliteApp app) : AthleteProfileTests(app), IClassFixture<SqliteApp>;

public sealed class AthleteProfileTests_Postgres(PostgresApp app) : AthleteProfileTests(app), IClassFixture<PostgresApp>;
