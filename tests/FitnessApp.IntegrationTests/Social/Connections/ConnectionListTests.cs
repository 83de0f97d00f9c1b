using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Social.Connections;

/// <summary>Followers, following and friends: mine, and another athlete's through the visibility matrix.</summary>
public abstract class ConnectionListTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_mutual_and_one_way_follows_When_listing_Then_followers_following_and_friends_with_my_relation()
    {
        var me = await app.CreateAthleteAsync();
        var friend = await app.CreateAthleteAsync();
        var idol = await app.CreateAthleteAsync();
        var fan = await app.CreateAthleteAsync();
        await me.FollowsAsync(friend);
        await friend.FollowsAsync(me);
        await me.FollowsAsync(idol);
        await fan.FollowsAsync(me);

        var followers = await me.GetJsonAsync("/followers");
        var following = await me.GetJsonAsync("/following");
        var friends = await me.GetJsonAsync("/friends");

        followers.Ids().ShouldBe([fan.Id, friend.Id]);
        followers.Item(fan.Id).GetProperty("relation").GetString().ShouldBe("none");
        followers.Item(friend.Id).GetProperty("relation").GetString().ShouldBe("following");
        followers.Item(fan.Id).GetProperty("displayName").GetString().ShouldBe(fan.Name);
        followers.Item(fan.Id).GetProperty("city").GetString().ShouldBe("Berlin");
        following.Ids().ShouldBe([idol.Id, friend.Id]);
        friends.Ids().ShouldBe([friend.Id]);
    }

    [Fact]
    public async Task Given_a_follower_When_I_remove_them_Then_they_no_longer_follow_me_and_removing_again_is_204()
    {
        var me = await app.CreateAthleteAsync();
        var fan = await app.CreateAthleteAsync();
        await fan.FollowsAsync(me);

        (await me.Client.DeleteAsync($"{ConnectionsApi.Root}/followers/{fan.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await me.Client.DeleteAsync($"{ConnectionsApi.Root}/followers/{fan.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await me.GetJsonAsync("/followers")).Ids().ShouldBeEmpty();
        (await fan.GetJsonAsync("/following")).Ids().ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_myself_When_removing_a_follower_Then_400_names_the_user_id()
    {
        var me = await app.CreateAthleteAsync();

        var problem = await (await me.Client.DeleteAsync($"{ConnectionsApi.Root}/followers/{me.Id}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["userId"]);
    }

    [Theory]
    [InlineData("followers")]
    [InlineData("following")]
    [InlineData("friends")]
    public async Task Given_a_public_profile_When_a_stranger_lists_its_connections_Then_200(string list)
    {
        var owner = await app.CreateAthleteAsync();
        var friend = await app.CreateAthleteAsync();
        await owner.FollowsAsync(friend);
        await friend.FollowsAsync(owner);
        var stranger = await app.CreateAthleteAsync();

        var page = await stranger.GetJsonAsync($"/{list}?userId={owner.Id}");

        page.Ids().ShouldBe([friend.Id]);
        page.Item(friend.Id).GetProperty("relation").GetString().ShouldBe("none");
    }

    [Theory]
    [InlineData("followers")]
    [InlineData("following")]
    [InlineData("friends")]
    public async Task Given_a_followers_only_profile_When_listing_its_connections_Then_404_for_a_stranger_and_200_for_a_follower_and_the_owner(string list)
    {
        var owner = await app.CreateAthleteAsync(followersOnly: true);
        var follower = await app.CreateAthleteAsync();
        await follower.FollowsAsync(owner);
        await owner.FollowsAsync(follower);
        var stranger = await app.CreateAthleteAsync();
        var requester = await app.CreateAthleteAsync();
        await requester.FollowedAsync(owner);

        await (await stranger.Client.GetAsync($"{ConnectionsApi.Root}/{list}?userId={owner.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await requester.Client.GetAsync($"{ConnectionsApi.Root}/{list}?userId={owner.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await follower.GetJsonAsync($"/{list}?userId={owner.Id}")).Ids().ShouldBe([follower.Id]);
        (await owner.GetJsonAsync($"/{list}?userId={owner.Id}")).Ids().ShouldBe([follower.Id]);
    }

    [Theory]
    [InlineData("followers")]
    [InlineData("following")]
    [InlineData("friends")]
    public async Task Given_a_block_either_way_or_an_unknown_athlete_When_listing_their_connections_Then_404(string list)
    {
        var owner = await app.CreateAthleteAsync();
        var blockedByOwner = await app.CreateAthleteAsync();
        var blockingOwner = await app.CreateAthleteAsync();
        await owner.BlockAsync(blockedByOwner.Id);
        await blockingOwner.BlockAsync(owner.Id);

        await (await blockedByOwner.Client.GetAsync($"{ConnectionsApi.Root}/{list}?userId={owner.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await blockingOwner.Client.GetAsync($"{ConnectionsApi.Root}/{list}?userId={owner.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.GetAsync($"{ConnectionsApi.Root}/{list}?userId={Guid.CreateVersion7()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_someone_who_blocked_me_follows_an_athlete_When_I_list_that_athletes_followers_Then_they_are_left_out()
    {
        var owner = await app.CreateAthleteAsync();
        var me = await app.CreateAthleteAsync();
        var hater = await app.CreateAthleteAsync();
        var fan = await app.CreateAthleteAsync();
        await hater.FollowsAsync(owner);
        await fan.FollowsAsync(owner);
        await hater.BlockAsync(me.Id);

        (await me.GetJsonAsync($"/followers?userId={owner.Id}")).Ids().ShouldBe([fan.Id]);
    }
}

public sealed class ConnectionListTests_Sqlite(SqliteApp app) : ConnectionListTests(app), IClassFixture<SqliteApp>;

public sealed class ConnectionListTests_Postgres(PostgresApp app) : ConnectionListTests(app), IClassFixture<PostgresApp>;
