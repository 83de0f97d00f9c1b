using System.Net;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Accounts.Avatars;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Social.Connections;

public abstract class AthleteSearchTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_athletes_When_searching_by_part_of_the_name_in_another_case_Then_found_with_my_relation_and_never_myself()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var me = await app.CreateAthleteAsync($"Zed{tag}");
        var other = await app.CreateAthleteAsync($"Zed{tag}");
        await me.FollowsAsync(other);

        var page = await me.GetJsonAsync($"/athletes?query=zED{tag.ToUpperInvariant()}");

        page.Ids().ShouldBe([other.Id]);
        page.Item(other.Id).GetProperty("relation").GetString().ShouldBe("following");
    }

    [Fact]
    public async Task Given_a_cyrillic_name_When_searching_in_lower_case_Then_found_on_both_databases()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var me = await app.CreateAthleteAsync();
        var other = await app.CreateAthleteAsync($"Анна{tag}");

        (await me.GetJsonAsync($"/athletes?query=анна{tag}")).Ids().ShouldBe([other.Id]);
    }

    [Fact]
    public async Task Given_athletes_in_several_cities_When_searching_by_city_Then_only_that_city()
    {
        var city = $"Town{Guid.NewGuid().ToString("N")[..8]}";
        var me = await app.CreateAthleteAsync();
        var local = await app.CreateAthleteAsync("Local", city);
        await app.CreateAthleteAsync("Elsewhere", "Paris");

        (await me.GetJsonAsync($"/athletes?city={city.ToLowerInvariant()}")).Ids().ShouldBe([local.Id]);
    }

    [Fact]
    public async Task Given_blocks_either_way_When_searching_Then_blocked_athletes_are_never_found()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var me = await app.CreateAthleteAsync($"Blk{tag}");
        var visible = await app.CreateAthleteAsync($"Blk{tag}");
        var blockedByMe = await app.CreateAthleteAsync($"Blk{tag}");
        var blockingMe = await app.CreateAthleteAsync($"Blk{tag}");
        await me.BlockAsync(blockedByMe.Id);
        await blockingMe.BlockAsync(me.Id);

        (await me.GetJsonAsync($"/athletes?query=blk{tag}")).Ids().ShouldBe([visible.Id]);
        (await blockingMe.GetJsonAsync($"/athletes?query=blk{tag}")).Ids().ShouldBe([visible.Id, blockedByMe.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_an_unconfirmed_account_When_searching_Then_not_found()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var me = await app.CreateAthleteAsync();
        var unconfirmed = app.CreateClient();
        var email = await unconfirmed.RegisterAsync();
        var token = await unconfirmed.LoginAsync(email);
        unconfirmed.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
        var profile = ProfileApi.Profile();
        profile["displayName"] = $"Hidden{tag}";
        (await unconfirmed.PutProfileAsync(profile)).EnsureSuccessStatusCode();

        (await me.GetJsonAsync($"/athletes?query=hidden{tag}")).Ids().ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_three_matches_When_paging_by_two_Then_sorted_by_name_with_a_cursor()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var me = await app.CreateAthleteAsync();
        var c = await app.CreateAthleteAsync($"Pg{tag} C");
        var a = await app.CreateAthleteAsync($"Pg{tag} A");
        var b = await app.CreateAthleteAsync($"Pg{tag} B");

        var first = await me.GetJsonAsync($"/athletes?query=pg{tag}&limit=2");
        var second = await me.GetJsonAsync($"/athletes?query=pg{tag}&limit=2&cursor={first.GetProperty("nextCursor").GetString()}");

        first.Ids().ShouldBe([a.Id, b.Id]);
        second.Ids().ShouldBe([c.Id]);
    }

    [Fact]
    public async Task Given_a_query_longer_than_100_When_searching_Then_400_names_the_query()
    {
        var me = await app.CreateAthleteAsync();

        var problem = await (await me.Client.GetAsync($"{ConnectionsApi.Root}/athletes?query={new string('a', 101)}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["query"]);
    }

    [Fact]
    public async Task Given_similar_athletes_When_asking_for_suggestions_Then_friends_of_friends_same_city_and_shared_sports_ranked_and_never_followed_or_blocked()
    {
        var city = $"Village{Guid.NewGuid().ToString("N")[..8]}";
        var me = await app.CreateAthleteAsync("Me", city, false, "rowing", "skiing");
        var friend = await app.CreateAthleteAsync("Friend", "Nowhere", false, "yoga");
        var friendOfFriend = await app.CreateAthleteAsync("Fof", "Nowhere", false, "yoga");
        var neighbour = await app.CreateAthleteAsync("Neighbour", city, false, "yoga");
        var twin = await app.CreateAthleteAsync("Twin", city, false, "rowing", "skiing");
        var blocked = await app.CreateAthleteAsync("Blocked", city, false, "rowing", "skiing");
        await me.FollowsAsync(friend);
        await friend.FollowsAsync(friendOfFriend);
        await me.BlockAsync(blocked.Id);

        var suggestions = (await me.GetJsonAsync("/athletes/suggestions")).EnumerateArray().ToList();
        var ids = suggestions.Select(s => s.GetProperty("id").GetGuid()).ToList();

        // twin: 2 sports × 3 + same city 2 = 8; neighbour: same city 2; friend of friend: 1 mutual follow.
        ids.IndexOf(twin.Id).ShouldBe(0);
        suggestions[0].GetProperty("score").GetInt32().ShouldBe(8);
        ids.ShouldContain(neighbour.Id);
        ids.ShouldContain(friendOfFriend.Id);
        ids.IndexOf(neighbour.Id).ShouldBeLessThan(ids.IndexOf(friendOfFriend.Id));
        suggestions.Single(s => s.GetProperty("id").GetGuid() == friendOfFriend.Id).GetProperty("mutualFollows").GetInt32().ShouldBe(1);
        ids.ShouldNotContain(friend.Id);
        ids.ShouldNotContain(blocked.Id);
        ids.ShouldNotContain(me.Id);
    }

    [Fact]
    public async Task Given_a_followers_only_profile_with_an_avatar_When_others_get_it_Then_owner_and_follower_200_stranger_and_requester_404()
    {
        var owner = await app.CreateAthleteAsync(followersOnly: true);
        (await owner.Client.UploadAvatarAsync(AvatarApi.Picture("jpeg", 100, 100))).EnsureSuccessStatusCode();
        var follower = await app.CreateAthleteAsync();
        await follower.FollowsAsync(owner);
        var requester = await app.CreateAthleteAsync();
        await requester.FollowedAsync(owner);
        var stranger = await app.CreateAthleteAsync();

        (await owner.Client.GetAsync(AvatarApi.Of(owner.Id))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await follower.Client.GetAsync(AvatarApi.Of(owner.Id))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await stranger.Client.GetAsync(AvatarApi.Of(owner.Id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await requester.Client.GetAsync(AvatarApi.Of(owner.Id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class AthleteSearchTests_Sqlite(SqliteApp app) : AthleteSearchTests(app), IClassFixture<SqliteApp>;

public sealed class AthleteSearchTests_Postgres(PostgresApp app) : AthleteSearchTests(app), IClassFixture<PostgresApp>;
