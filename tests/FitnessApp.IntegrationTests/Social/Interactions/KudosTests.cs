using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Social.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Social.Interactions;

public abstract class KudosTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_public_activity_When_giving_kudos_twice_Then_both_answer_200_with_count_1()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");

        var first = await fan.Client.PutAsync(InteractionsApi.Kudos(activityId), null);
        var second = await fan.Client.PutAsync(InteractionsApi.Kudos(activityId), null);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.JsonAsync()).GetProperty("count").GetInt32().ShouldBe(1);
        (await second.JsonAsync()).GetProperty("given").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_ten_parallel_kudos_of_one_athlete_When_they_race_Then_all_succeed_and_one_kudos_is_stored()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => fan.Client.PutAsync(InteractionsApi.Kudos(activityId), null)));

        responses.Select(r => r.StatusCode).ShouldAllBe(status => status == HttpStatusCode.OK);
        (await app.SocialAsync(db => db.Kudos.CountAsync(k => k.ActivityId == activityId))).ShouldBe(1);
        (await app.SocialAsync(db => db.Notifications.CountAsync(n => n.SubjectId == activityId && n.Kind == NotificationKind.Kudos))).ShouldBe(1);
    }

    [Fact]
    public async Task Given_ones_own_activity_When_giving_kudos_Then_400_naming_activityId()
    {
        var owner = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");

        var response = await owner.Client.PutAsync(InteractionsApi.Kudos(activityId), null);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["activityId"]);
        (await app.SocialAsync(db => db.Kudos.CountAsync(k => k.ActivityId == activityId))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_kudos_When_undone_twice_Then_204_both_times_and_the_count_is_0()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        await fan.Client.PutAsync(InteractionsApi.Kudos(activityId), null);

        var first = await fan.Client.DeleteAsync(InteractionsApi.Kudos(activityId));
        var second = await fan.Client.DeleteAsync(InteractionsApi.Kudos(activityId));

        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        second.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var view = await fan.ViewAsync(activityId);
        view.GetProperty("kudos").GetProperty("count").GetInt32().ShouldBe(0);
        view.GetProperty("kudos").GetProperty("given").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Given_kudos_given_undone_and_given_again_Then_the_owner_is_notified_once_and_one_event_is_written()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");

        await fan.Client.PutAsync(InteractionsApi.Kudos(activityId), null);
        await fan.Client.DeleteAsync(InteractionsApi.Kudos(activityId));
        await fan.Client.PutAsync(InteractionsApi.Kudos(activityId), null);

        var notifications = await app.SocialAsync(db => db.Notifications.Where(n => n.RecipientId == owner.Id && n.Kind == NotificationKind.Kudos).ToListAsync());
        notifications.Count.ShouldBe(1);
        notifications[0].ActorId.ShouldBe(fan.Id);
        notifications[0].Link.ShouldBe($"/feed/activities/{activityId}");
        var id = activityId.ToString();
        (await app.SocialAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Type.Contains("KudosGiven") && m.Payload.Contains(id)))).ShouldBe(1);
    }

    [Fact]
    public async Task Given_two_givers_When_listing_kudos_Then_names_newest_first()
    {
        var owner = await app.AthleteAsync();
        var first = await app.AthleteAsync("First Fan");
        var second = await app.AthleteAsync("Second Fan");
        var activityId = await owner.RecordRunAsync("public");
        await first.Client.PutAsync(InteractionsApi.Kudos(activityId), null);
        await second.Client.PutAsync(InteractionsApi.Kudos(activityId), null);

        var page = await owner.Client.GetFromJsonAsync<System.Text.Json.JsonElement>(InteractionsApi.Kudos(activityId));

        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("athlete").GetProperty("displayName").GetString())
            .ShouldBe(["Second Fan", "First Fan"]);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=nonsense", "cursor")]
    public async Task Given_bad_paging_When_listing_kudos_Then_400_naming_the_field(string query, string field)
    {
        var owner = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");

        var response = await owner.Client.GetAsync($"{InteractionsApi.Kudos(activityId)}?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    [Fact]
    public async Task Given_kudos_from_an_athlete_the_viewer_blocked_When_listing_Then_that_giver_is_left_out()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var viewer = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        await fan.Client.PutAsync(InteractionsApi.Kudos(activityId), null);
        await app.BlockAsync(viewer, fan);

        var page = await viewer.Client.GetFromJsonAsync<System.Text.Json.JsonElement>(InteractionsApi.Kudos(activityId));

        page.GetProperty("items").GetArrayLength().ShouldBe(0);
    }
}

public sealed class KudosTests_Sqlite(SqliteApp app) : KudosTests(app), IClassFixture<SqliteApp>;

public sealed class KudosTests_Postgres(PostgresApp app) : KudosTests(app), IClassFixture<PostgresApp>;
