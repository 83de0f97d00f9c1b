using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Interactions;
using FitnessApp.Modules.Social.Moderation;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Feed;

/// <summary>The feed through Training's real events (outbox → Social), on the visibility matrix of ADR 0016.</summary>
public abstract class FeedTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_follower_When_the_followee_records_public_and_followers_activities_Then_the_follower_sees_both_and_a_stranger_neither()
    {
        var (author, authorId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        var (stranger, _) = await AthleteAsync();
        await app.FollowAsync(followerId, authorId);

        var open = await app.RecordAndWaitAsync(author, "public");
        var followersOnly = await app.RecordAndWaitAsync(author, "followers");

        (await follower.FeedActivityIdsAsync()).ShouldBe([followersOnly, open]);
        (await author.FeedActivityIdsAsync()).ShouldBe([followersOnly, open]);
        (await stranger.FeedActivityIdsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_private_activity_When_feeds_are_read_Then_only_the_owner_has_it()
    {
        var (author, authorId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        await app.FollowAsync(followerId, authorId);

        var id = await app.RecordAndWaitAsync(author, "private");

        (await author.FeedActivityIdsAsync()).ShouldBe([id]);
        (await follower.FeedActivityIdsAsync()).ShouldBeEmpty();
        (await app.EntriesOfAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_activity_in_a_followers_feed_When_made_private_and_then_public_again_Then_it_leaves_and_comes_back()
    {
        var (author, authorId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        await app.FollowAsync(followerId, authorId);
        var id = await app.RecordAndWaitAsync(author, "followers");
        (await follower.FeedActivityIdsAsync()).ShouldBe([id]);

        (await author.PatchAsJsonAsync($"{ActivityApi.Url}/{id}", new { visibility = "private" })).EnsureSuccessStatusCode();
        await app.WaitForPostAsync(id, "private");

        (await follower.FeedActivityIdsAsync()).ShouldBeEmpty();
        (await author.FeedActivityIdsAsync()).ShouldBe([id]);

        (await author.PatchAsJsonAsync($"{ActivityApi.Url}/{id}", new { visibility = "public", title = "Back in public" })).EnsureSuccessStatusCode();
        await app.WaitForPostAsync(id, "public");

        (await follower.FeedActivityIdsAsync()).ShouldBe([id]);
        (await follower.ItemAsync(id)).GetProperty("title").GetString().ShouldBe("Back in public");
    }

    [Fact]
    public async Task Given_an_activity_in_feeds_When_deleted_Then_no_feed_has_it()
    {
        var (author, authorId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        await app.FollowAsync(followerId, authorId);
        var id = await app.RecordAndWaitAsync(author, "public");

        (await author.DeleteAsync($"{ActivityApi.Url}/{id}")).EnsureSuccessStatusCode();
        await app.WaitForNoPostAsync(id);

        (await follower.FeedActivityIdsAsync()).ShouldBeEmpty();
        (await author.FeedActivityIdsAsync()).ShouldBeEmpty();
        (await app.EntriesOfAsync(id)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_follower_with_the_followees_activities_When_they_unfollow_Then_those_leave_their_feed_only()
    {
        var (author, authorId) = await AthleteAsync();
        var (other, otherId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        await app.FollowAsync(followerId, authorId);
        await app.FollowAsync(followerId, otherId);
        var gone = await app.RecordAndWaitAsync(author, "public");
        var stays = await app.RecordAndWaitAsync(other, "public");

        await app.UnfollowAsync(followerId, authorId);

        (await follower.FeedActivityIdsAsync()).ShouldBe([stays]);
        (await author.FeedActivityIdsAsync()).ShouldBe([gone]);
    }

    [Fact]
    public async Task Given_earlier_activities_When_someone_follows_Then_the_recent_visible_ones_are_back_filled()
    {
        var (author, authorId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        var recent = await app.RecordAndWaitAsync(author, "followers", DateTimeOffset.UtcNow.AddDays(-2));
        await app.RecordAndWaitAsync(author, "private", DateTimeOffset.UtcNow.AddDays(-1));
        await app.RecordAndWaitAsync(author, "public", DateTimeOffset.UtcNow.AddDays(-45));
        (await follower.FeedActivityIdsAsync()).ShouldBeEmpty();

        await app.FollowAsync(followerId, authorId);

        (await follower.FeedActivityIdsAsync()).ShouldBe([recent]);
    }

    [Fact]
    public async Task Given_an_author_over_the_fan_out_limit_When_they_record_Then_no_entries_are_written_but_followers_see_it_merged()
    {
        var (author, authorId) = await AthleteAsync();
        var (normal, normalId) = await AthleteAsync();
        var followers = new List<(HttpClient Client, Guid Id)>();
        for (var i = 0; i <= FeedApi.FanOutLimit; i++)
        {
            followers.Add(await AthleteAsync());
        }

        var (stranger, _) = await AthleteAsync();
        await app.FollowRowsAsync(authorId, followers.Select(f => f.Id));
        await app.FollowAsync(followers[0].Id, normalId);
        var older = await app.RecordAndWaitAsync(normal, "public", DateTimeOffset.UtcNow.AddHours(-5));
        var merged = await app.RecordAndWaitAsync(author, "followers", DateTimeOffset.UtcNow.AddHours(-3));
        var newer = await app.RecordAndWaitAsync(normal, "public", DateTimeOffset.UtcNow.AddHours(-1));
        var hidden = await app.RecordAndWaitAsync(author, "private", DateTimeOffset.UtcNow.AddHours(-2));

        (await app.EntriesOfAsync(merged)).ShouldBe(1); // the author's own
        (await followers[0].Client.FeedActivityIdsAsync()).ShouldBe([newer, merged, older]);
        (await followers[1].Client.FeedActivityIdsAsync()).ShouldBe([merged]);
        (await author.FeedActivityIdsAsync()).ShouldBe([hidden, merged]);
        (await stranger.FeedActivityIdsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_more_items_than_a_page_from_entries_and_read_time_merge_When_paged_Then_every_item_comes_once_newest_first()
    {
        var (celebrity, celebrityId) = await AthleteAsync();
        var (friend, friendId) = await AthleteAsync();
        var (reader, readerId) = await AthleteAsync();
        var fans = new List<Guid>();
        for (var i = 0; i < FeedApi.FanOutLimit; i++)
        {
            fans.Add((await AthleteAsync()).Id);
        }

        await app.FollowRowsAsync(celebrityId, [readerId, .. fans]);
        await app.FollowAsync(readerId, friendId);
        var expected = new List<(DateTimeOffset Start, Guid Id)>();
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 0; i < 7; i++)
        {
            var at = start.AddMinutes(i * 10);
            var who = i % 2 == 0 ? celebrity : friend;
            expected.Add((at, await app.RecordAndWaitAsync(who, "public", at)));
        }

        // Their first activities also earn them achievements (Loyalty), which are feed items too (the newest).
        await app.WaitForAchievementPostsAsync(celebrityId, friendId);
        var seen = new List<Guid>();
        var all = 0;
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await reader.FeedAsync(cursor, 2);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            items.Count.ShouldBeLessThanOrEqualTo(2);
            all += items.Count;
            seen.AddRange(items.Where(i => i.GetProperty("kind").GetString() == "activity").Select(i => i.GetProperty("activityId").GetGuid()));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 20);

        seen.ShouldBe(expected.OrderByDescending(e => e.Start).Select(e => e.Id).ToList());
        all.ShouldBeGreaterThan(expected.Count);
        pages.ShouldBe((all + 1) / 2);
    }

    [Fact]
    public async Task Given_a_recorded_track_When_the_feed_is_read_Then_the_item_has_the_measures_and_an_encoded_route_along_it()
    {
        var (author, authorId) = await AthleteAsync();
        var recorded = await app.SendAsync(TrackApi.Run(authorId, Visibility.Public, "Morning track"));
        await app.WaitForPostAsync(recorded.ActivityId, "public");

        var item = await author.ItemAsync(recorded.ActivityId);

        item.GetProperty("kind").GetString().ShouldBe("activity");
        item.GetProperty("sport").GetString().ShouldBe("running");
        item.GetProperty("title").GetString().ShouldBe("Morning track");
        item.GetProperty("athlete").GetProperty("id").GetGuid().ShouldBe(authorId);
        item.GetProperty("athlete").GetProperty("name").GetString().ShouldBe("Test Athlete");
        item.GetProperty("distanceMeters").GetDouble().ShouldBe(TrackApi.RunSpeed * TrackApi.RunSeconds, 50);
        item.GetProperty("movingSeconds").GetInt32().ShouldBeGreaterThan(1400);
        var route = Polyline.Decode(item.GetProperty("route").GetString());
        route.Count.ShouldBeInRange(2, ActivityCard.RouteMaxPoints);
        route[0].Latitude.ShouldBe(52.5, 0.0001);
        route[0].Longitude.ShouldBe(13.4, 0.0001);
        route[^1].Latitude.ShouldBeGreaterThan(52.54);
    }

    [Fact]
    public async Task Given_kudos_and_comments_When_the_feed_is_read_Then_counts_the_viewers_kudos_and_the_last_two_visible_comments()
    {
        var (author, authorId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        await app.FollowAsync(followerId, authorId);
        var id = await app.RecordAndWaitAsync(author, "public");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
            var now = DateTime.UtcNow;
            db.Kudos.Add(new Kudos { ActivityId = id, AthleteId = followerId, CreatedAt = now });
            db.Kudos.Add(new Kudos { ActivityId = id, AthleteId = Guid.NewGuid(), CreatedAt = now });
            db.Comments.Add(new Comment { ActivityId = id, ActivityOwnerId = authorId, AuthorId = followerId, Text = "first", CreatedAt = now.AddMinutes(-4) });
            db.Comments.Add(new Comment { ActivityId = id, ActivityOwnerId = authorId, AuthorId = authorId, Text = "second", CreatedAt = now.AddMinutes(-3) });
            db.Comments.Add(new Comment { ActivityId = id, ActivityOwnerId = authorId, AuthorId = followerId, Text = "third", CreatedAt = now.AddMinutes(-2) });
            db.Comments.Add(new Comment { ActivityId = id, ActivityOwnerId = authorId, AuthorId = followerId, Text = "hidden", CreatedAt = now.AddMinutes(-1), HiddenAt = now });
            await db.SaveChangesAsync();
        }

        var seenByFollower = await follower.ItemAsync(id);
        var seenByAuthor = await author.ItemAsync(id);

        seenByFollower.GetProperty("kudosCount").GetInt32().ShouldBe(2);
        seenByFollower.GetProperty("viewerGaveKudos").GetBoolean().ShouldBeTrue();
        seenByAuthor.GetProperty("viewerGaveKudos").GetBoolean().ShouldBeFalse();
        seenByFollower.GetProperty("commentCount").GetInt32().ShouldBe(3);
        var last = seenByFollower.GetProperty("lastComments").EnumerateArray().ToList();
        last.Select(c => c.GetProperty("text").GetString()).ShouldBe(["second", "third"]);
        last[0].GetProperty("author").GetProperty("id").GetGuid().ShouldBe(authorId);
    }

    [Fact]
    public async Task Given_a_post_hidden_by_a_moderator_When_feeds_are_read_Then_only_its_author_still_sees_it_until_unhidden()
    {
        var (author, authorId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        await app.FollowAsync(followerId, authorId);
        var id = await app.RecordAndWaitAsync(author, "public");

        await ModerateAsync(t => t.HideAsync(id, DateTime.UtcNow, default));
        (await follower.FeedActivityIdsAsync()).ShouldBeEmpty();
        (await author.FeedActivityIdsAsync()).ShouldBe([id]);

        await ModerateAsync(t => t.UnhideAsync(id, default));
        (await follower.FeedActivityIdsAsync()).ShouldBe([id]);
    }

    [Fact]
    public async Task Given_an_activity_When_asked_who_owns_it_for_a_report_Then_the_author_for_those_who_may_see_it_only()
    {
        var (author, authorId) = await AthleteAsync();
        var id = await app.RecordAndWaitAsync(author, "followers");

        await using var scope = app.Services.CreateAsyncScope();
        var target = scope.ServiceProvider.GetServices<IModerationTarget>().Single(t => t.Kind == ReportTarget.Activity);
        (await target.OwnerAsync(id, authorId, default)).ShouldBe(authorId);
        (await target.OwnerAsync(id, Guid.NewGuid(), default)).ShouldBeNull();
        (await target.OwnerAsync(Guid.NewGuid(), authorId, default)).ShouldBeNull();
    }

    [Fact]
    public async Task Given_an_event_delivered_again_When_handled_Then_no_duplicate_post_or_entry()
    {
        var (author, authorId) = await AthleteAsync();
        var (_, followerId) = await AthleteAsync();
        await app.FollowAsync(followerId, authorId);
        var id = await app.RecordAndWaitAsync(author, "public");
        var again = new ActivityRecorded(id, authorId, Sport.Running, DateTime.UtcNow, 10_000, 3000, 2900, Visibility.Public);

        await PublishAsync(again);
        await PublishAsync(again);
        await PublishAsync(again with { Id = Guid.CreateVersion7() });

        (await app.Services.QueryAsync<SocialDbContext, int>(db => db.FeedPosts.CountAsync(p => p.SubjectId == id))).ShouldBe(1);
        (await app.EntriesOfAsync(id)).ShouldBe(2);
    }

    [Fact]
    public async Task Given_the_users_posts_in_feeds_When_their_feed_data_is_erased_Then_their_posts_and_entries_are_gone_and_others_stay()
    {
        var (author, authorId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        await app.FollowAsync(followerId, authorId);
        await app.FollowAsync(authorId, followerId);
        await app.RecordAndWaitAsync(author, "public");
        var kept = await app.RecordAndWaitAsync(follower, "public");
        await app.WaitForAchievementPostsAsync(authorId, followerId);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var part = scope.ServiceProvider.GetServices<FitnessApp.Modules.Social.PersonalData.ISocialDataPart>().OfType<FeedDataPart>().Single();
            await part.EraseAsync(authorId, default);
            await part.EraseAsync(authorId, default);
        }

        (await follower.FeedActivityIdsAsync()).ShouldBe([kept]);
        (await app.Services.QueryAsync<SocialDbContext, int>(db => db.FeedEntries.CountAsync(e => e.ViewerId == authorId || e.AuthorId == authorId))).ShouldBe(0);
        (await app.Services.QueryAsync<SocialDbContext, int>(db => db.FeedPosts.CountAsync(p => p.AuthorId == authorId))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_no_token_When_the_feed_is_read_Then_401()
    {
        var response = await app.CreateClient().GetAsync(FeedApi.Url);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=51", "limit")]
    public async Task Given_bad_paging_When_the_feed_is_read_Then_400_naming_the_field(string query, string field)
    {
        var (reader, _) = await AthleteAsync();

        var response = await reader.GetAsync($"{FeedApi.Url}?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    private async Task<(HttpClient Client, Guid Id)> AthleteAsync()
    {
        var client = await app.CreateAthleteClientAsync();
        return (client, await client.AthleteIdAsync());
    }

    /// <summary>
    /// Delivers the event as the outbox would, retrying once: the outbox may be delivering the original at the same moment
    /// to every consumer (Loyalty's included), and the loser of such a race fails on a unique key and is retried.
    /// </summary>
    private async Task PublishAsync(ActivityRecorded integrationEvent)
    {
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
        }
        catch (DbUpdateException)
        {
            await Task.Delay(200);
            await using var retry = app.Services.CreateAsyncScope();
            await retry.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
        }
    }

    private async Task ModerateAsync(Func<IModerationTarget, Task> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetServices<IModerationTarget>().Single(t => t.Kind == ReportTarget.Activity));
    }
}

public sealed class FeedTests_Sqlite(FeedSqliteApp app) : FeedTests(app), IClassFixture<FeedSqliteApp>;

public sealed class FeedTests_Postgres(FeedPostgresApp app) : FeedTests(app), IClassFixture<FeedPostgresApp>;
