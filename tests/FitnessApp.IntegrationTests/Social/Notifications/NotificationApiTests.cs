using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Social.Notifications;

namespace FitnessApp.IntegrationTests.Social.Notifications;

/// <summary>The notifications API: list (newest first, keyset pages, unread only), unread count, read one, read all.</summary>
public abstract class NotificationApiTests(SocialApp app)
{
    [Theory]
    [InlineData("GET", SocialApi.Notifications)]
    [InlineData("GET", SocialApi.Notifications + "/unread-count")]
    [InlineData("POST", SocialApi.Notifications + "/0190a8f0-0000-7000-8000-000000000001/read")]
    [InlineData("POST", SocialApi.Notifications + "/read-all")]
    public async Task Given_no_token_When_calling_Then_401(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        var response = await app.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_three_notifications_When_listing_two_per_page_Then_newest_first_with_the_actor_and_camelCase_kinds_and_a_cursor()
    {
        var recipient = await app.AthleteAsync();
        var actor = await app.AthleteAsync();
        var now = DateTime.UtcNow;
        await app.NotifyAsync(recipient.Id, NotificationKind.NewFollower, actor.Id, createdAt: now.AddMinutes(-3));
        await app.NotifyAsync(recipient.Id, NotificationKind.Kudos, actor.Id, "/feed/activities/1", createdAt: now.AddMinutes(-2));
        await app.NotifyAsync(recipient.Id, NotificationKind.Comment, actor.Id, excerpt: "Nice pace!", createdAt: now.AddMinutes(-1));

        var first = await recipient.Client.GetOkJsonAsync($"{SocialApi.Notifications}?limit=2");
        var items = first.GetProperty("items").EnumerateArray().ToList();
        var second = await recipient.Client.GetOkJsonAsync($"{SocialApi.Notifications}?limit=2&cursor={first.GetProperty("nextCursor").GetString()}");

        items.Select(i => i.GetProperty("kind").GetString()).ShouldBe(["comment", "kudos"]);
        items[0].GetProperty("actor").GetProperty("id").GetGuid().ShouldBe(actor.Id);
        items[0].GetProperty("actor").GetProperty("name").GetString().ShouldBe("Test Athlete");
        items[0].GetProperty("excerpt").GetString().ShouldBe("Nice pace!");
        items[1].GetProperty("link").GetString().ShouldBe("/feed/activities/1");
        items[0].GetProperty("readAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ShouldBe(["newFollower"]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_unread_notifications_When_reading_one_then_all_Then_the_count_and_the_unread_filter_follow()
    {
        var recipient = await app.AthleteAsync();
        var actor = await app.AthleteAsync();
        await app.NotifyAsync(recipient.Id, NotificationKind.Kudos, actor.Id);
        await app.NotifyAsync(recipient.Id, NotificationKind.Mention, actor.Id);
        await app.NotifyAsync(recipient.Id, NotificationKind.EventReminder, null);
        (await CountAsync(recipient)).ShouldBe(3);
        var id = (await recipient.Client.GetOkJsonAsync(SocialApi.Notifications)).GetProperty("items")[0].GetProperty("id").GetGuid();

        (await recipient.Client.PostAsync($"{SocialApi.Notifications}/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await recipient.Client.PostAsync($"{SocialApi.Notifications}/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await CountAsync(recipient)).ShouldBe(2);
        var unread = await recipient.Client.GetOkJsonAsync($"{SocialApi.Notifications}?unreadOnly=true");
        unread.GetProperty("items").GetArrayLength().ShouldBe(2);
        unread.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("id").GetGuid() == id);

        var all = await (await recipient.Client.PostAsync($"{SocialApi.Notifications}/read-all", null)).BodyAsync();
        all.GetProperty("marked").GetInt32().ShouldBe(2);
        (await CountAsync(recipient)).ShouldBe(0);
        (await recipient.Client.GetOkJsonAsync($"{SocialApi.Notifications}?unreadOnly=true")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_another_athletes_notification_When_reading_it_Then_404_and_it_stays_unread()
    {
        var recipient = await app.AthleteAsync();
        var stranger = await app.AthleteAsync();
        await app.NotifyAsync(recipient.Id, NotificationKind.Kudos, stranger.Id);
        var id = (await app.NotificationsOfAsync(recipient.Id)).Single().Id;

        await (await stranger.Client.PostAsync($"{SocialApi.Notifications}/{id}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PostAsync($"{SocialApi.Notifications}/{Guid.NewGuid()}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await CountAsync(recipient)).ShouldBe(1);
        (await stranger.Client.GetOkJsonAsync(SocialApi.Notifications)).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_an_athlete_When_they_act_on_their_own_thing_Then_nobody_is_notified()
    {
        var athlete = await app.AthleteAsync();

        await app.NotifyAsync(athlete.Id, NotificationKind.Kudos, athlete.Id);

        (await CountAsync(athlete)).ShouldBe(0);
    }

    [Theory]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    public async Task Given_bad_paging_When_listing_Then_400_names_the_field(string query, string field)
    {
        var athlete = await app.AthleteAsync();

        var response = await athlete.Client.GetAsync($"{SocialApi.Notifications}?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    private static async Task<int> CountAsync(Athlete athlete) =>
        (await athlete.Client.GetOkJsonAsync($"{SocialApi.Notifications}/unread-count")).GetProperty("count").GetInt32();
}

public sealed class NotificationApiTests_Sqlite(SocialSqliteApp app) : NotificationApiTests(app), IClassFixture<SocialSqliteApp>;

public sealed class NotificationApiTests_Postgres(SocialPostgresApp app) : NotificationApiTests(app), IClassFixture<SocialPostgresApp>;
