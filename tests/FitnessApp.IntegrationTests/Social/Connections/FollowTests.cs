using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Social.Connections;

public abstract class FollowTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_public_profile_When_following_Then_following_at_once_the_followee_is_notified_and_an_event_is_published()
    {
        var me = await app.CreateAthleteAsync();
        var other = await app.CreateAthleteAsync();

        (await me.FollowedAsync(other)).ShouldBe("following");

        (await me.GetJsonAsync("/following")).Ids().ShouldBe([other.Id]);
        (await other.GetJsonAsync("/followers")).Ids().ShouldBe([me.Id]);
        var notified = await app.Services.QueryAsync<SocialDbContext, List<NotificationKind>>(db =>
            db.Notifications.Where(n => n.RecipientId == other.Id && n.ActorId == me.Id).Select(n => n.Kind).ToListAsync());
        notified.ShouldBe([NotificationKind.NewFollower]);
        var events = await app.Services.QueryAsync<SocialDbContext, int>(db =>
            db.Set<OutboxMessage>().CountAsync(m => m.Type.Contains("AthleteFollowed") && m.Payload.Contains(me.Id.ToString())));
        events.ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_follow_When_following_again_Then_the_same_state_and_one_follow()
    {
        var me = await app.CreateAthleteAsync();
        var open = await app.CreateAthleteAsync();
        var closed = await app.CreateAthleteAsync(followersOnly: true);

        (await me.FollowedAsync(open)).ShouldBe("following");
        (await me.FollowedAsync(open)).ShouldBe("following");
        (await me.FollowedAsync(closed)).ShouldBe("requested");
        (await me.FollowedAsync(closed)).ShouldBe("requested");

        var count = await app.Services.QueryAsync<SocialDbContext, int>(db => db.Follows.CountAsync(f => f.FollowerId == me.Id));
        count.ShouldBe(2);
    }

    [Fact]
    public async Task Given_a_followers_only_profile_When_following_Then_a_request_the_followee_is_told_of_and_not_yet_a_follower()
    {
        var me = await app.CreateAthleteAsync();
        var closed = await app.CreateAthleteAsync(followersOnly: true);

        (await me.FollowedAsync(closed)).ShouldBe("requested");

        (await closed.GetJsonAsync("/followers")).Ids().ShouldBeEmpty();
        (await closed.GetJsonAsync("/follow-requests")).Ids().ShouldBe([me.Id]);
        (await me.GetJsonAsync("/follow-requests/sent")).Item(closed.Id).GetProperty("relation").GetString().ShouldBe("requested");
        var kinds = await app.Services.QueryAsync<SocialDbContext, List<NotificationKind>>(db =>
            db.Notifications.Where(n => n.RecipientId == closed.Id).Select(n => n.Kind).ToListAsync());
        kinds.ShouldBe([NotificationKind.FollowRequest]);
    }

    [Fact]
    public async Task Given_myself_When_following_Then_400_names_the_user_id()
    {
        var me = await app.CreateAthleteAsync();

        var problem = await (await me.FollowAsync(me.Id)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["userId"]);
    }

    [Fact]
    public async Task Given_an_unknown_athlete_When_following_Then_404()
    {
        var me = await app.CreateAthleteAsync();

        await (await me.FollowAsync(Guid.CreateVersion7())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_block_either_way_When_following_Then_404_and_nothing_stored()
    {
        var me = await app.CreateAthleteAsync();
        var blockedByMe = await app.CreateAthleteAsync();
        var blockingMe = await app.CreateAthleteAsync();
        (await me.BlockAsync(blockedByMe.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await blockingMe.BlockAsync(me.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await me.FollowAsync(blockedByMe.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await me.FollowAsync(blockingMe.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await blockedByMe.FollowAsync(me.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var count = await app.Services.QueryAsync<SocialDbContext, int>(db => db.Follows.CountAsync(f => f.FollowerId == me.Id || f.FolloweeId == me.Id));
        count.ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_follow_and_a_request_When_unfollowing_twice_Then_204_and_both_gone()
    {
        var me = await app.CreateAthleteAsync();
        var open = await app.CreateAthleteAsync();
        var closed = await app.CreateAthleteAsync(followersOnly: true);
        await me.FollowedAsync(open);
        await me.FollowedAsync(closed);

        foreach (var id in new[] { open.Id, closed.Id, open.Id, closed.Id })
        {
            (await me.UnfollowAsync(id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await me.GetJsonAsync("/following")).Ids().ShouldBeEmpty();
        (await me.GetJsonAsync("/follow-requests/sent")).Ids().ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_myself_When_unfollowing_Then_400_names_the_user_id()
    {
        var me = await app.CreateAthleteAsync();

        var problem = await (await me.UnfollowAsync(me.Id)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["userId"]);
    }

    [Theory]
    [InlineData("POST", "/follows/{0}")]
    [InlineData("DELETE", "/follows/{0}")]
    [InlineData("GET", "/followers")]
    [InlineData("GET", "/following")]
    [InlineData("GET", "/friends")]
    [InlineData("DELETE", "/followers/{0}")]
    [InlineData("GET", "/follow-requests")]
    [InlineData("GET", "/follow-requests/sent")]
    [InlineData("POST", "/follow-requests/{0}/accept")]
    [InlineData("POST", "/follow-requests/{0}/decline")]
    [InlineData("POST", "/blocks/{0}")]
    [InlineData("DELETE", "/blocks/{0}")]
    [InlineData("GET", "/blocks")]
    [InlineData("GET", "/athletes?query=a")]
    [InlineData("GET", "/athletes/suggestions")]
    [InlineData("GET", "/athletes/{0}")]
    [InlineData("GET", "/athletes/{0}/activities")]
    public async Task Given_no_token_When_calling_a_connections_endpoint_Then_401(string method, string path)
    {
        var other = await app.CreateAthleteAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), ConnectionsApi.Root + string.Format(System.Globalization.CultureInfo.InvariantCulture, path, other.Id));

        var response = await app.CreateClient().SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class FollowTests_Sqlite(SqliteApp app) : FollowTests(app), IClassFixture<SqliteApp>;

public sealed class FollowTests_Postgres(PostgresApp app) : FollowTests(app), IClassFixture<PostgresApp>;
