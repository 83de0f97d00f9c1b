using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Social.Connections;

public abstract class FollowRequestTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_request_When_accepted_Then_the_requester_follows_and_is_notified()
    {
        var me = await app.CreateAthleteAsync(followersOnly: true);
        var fan = await app.CreateAthleteAsync();
        await fan.FollowedAsync(me);

        (await me.AcceptAsync(fan.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await me.GetJsonAsync("/followers")).Ids().ShouldBe([fan.Id]);
        (await me.GetJsonAsync("/follow-requests")).Ids().ShouldBeEmpty();
        (await fan.GetJsonAsync("/following")).Item(me.Id).GetProperty("relation").GetString().ShouldBe("following");
        (await fan.FollowedAsync(me)).ShouldBe("following");
        var kinds = await app.Services.QueryAsync<SocialDbContext, List<NotificationKind>>(db =>
            db.Notifications.Where(n => n.RecipientId == fan.Id && n.ActorId == me.Id).Select(n => n.Kind).ToListAsync());
        kinds.ShouldBe([NotificationKind.FollowRequestAccepted]);
    }

    [Fact]
    public async Task Given_a_request_When_declined_Then_no_follow_and_the_requester_may_ask_again()
    {
        var me = await app.CreateAthleteAsync(followersOnly: true);
        var fan = await app.CreateAthleteAsync();
        await fan.FollowedAsync(me);

        (await me.DeclineAsync(fan.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await me.GetJsonAsync("/followers")).Ids().ShouldBeEmpty();
        (await me.GetJsonAsync("/follow-requests")).Ids().ShouldBeEmpty();
        (await fan.GetJsonAsync("/follow-requests/sent")).Ids().ShouldBeEmpty();
        (await fan.FollowedAsync(me)).ShouldBe("requested");
    }

    [Fact]
    public async Task Given_no_pending_request_When_accepting_or_declining_Then_404()
    {
        var me = await app.CreateAthleteAsync(followersOnly: true);
        var stranger = await app.CreateAthleteAsync();
        var outgoing = await app.CreateAthleteAsync(followersOnly: true);
        await me.FollowedAsync(outgoing);

        await (await me.AcceptAsync(stranger.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await me.DeclineAsync(stranger.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await me.AcceptAsync(Guid.CreateVersion7())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.AcceptAsync(me.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        // My own request to someone else is theirs to accept, not mine.
        await (await me.AcceptAsync(outgoing.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_myself_When_accepting_Then_400_names_the_user_id()
    {
        var me = await app.CreateAthleteAsync(followersOnly: true);

        var problem = await (await me.AcceptAsync(me.Id)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["userId"]);
    }

    [Fact]
    public async Task Given_three_requests_When_paging_by_two_Then_newest_first_and_a_cursor_to_the_last()
    {
        var me = await app.CreateAthleteAsync(followersOnly: true);
        var fans = new List<Athlete>();
        for (var i = 0; i < 3; i++)
        {
            var fan = await app.CreateAthleteAsync();
            await fan.FollowedAsync(me);
            fans.Add(fan);
        }

        var first = await me.GetJsonAsync("/follow-requests?limit=2");
        var second = await me.GetJsonAsync($"/follow-requests?limit=2&cursor={first.GetProperty("nextCursor").GetString()}");

        first.Ids().ShouldBe([fans[2].Id, fans[1].Id]);
        second.Ids().ShouldBe([fans[0].Id]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/follow-requests?limit=0", "limit")]
    [InlineData("/follow-requests/sent?cursor=nonsense", "cursor")]
    [InlineData("/followers?limit=101", "limit")]
    [InlineData("/following?cursor=nonsense", "cursor")]
    [InlineData("/friends?limit=0", "limit")]
    [InlineData("/blocks?limit=0", "limit")]
    [InlineData("/athletes?limit=0", "limit")]
    [InlineData("/athletes?cursor=%21", "cursor")]
    [InlineData("/athletes/suggestions?limit=0", "limit")]
    public async Task Given_bad_paging_When_listing_Then_400_names_the_field(string path, string field)
    {
        var me = await app.CreateAthleteAsync();

        var problem = await (await me.Client.GetAsync(ConnectionsApi.Root + path)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe([field]);
    }
}

public sealed class FollowRequestTests_Sqlite(SqliteApp app) : FollowRequestTests(app), IClassFixture<SqliteApp>;

public sealed class FollowRequestTests_Postgres(PostgresApp app) : FollowRequestTests(app), IClassFixture<PostgresApp>;
