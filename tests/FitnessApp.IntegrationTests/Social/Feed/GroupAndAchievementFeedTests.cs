using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Social.Groups;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Loyalty.Contracts.Achievements;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.PersonalData;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Feed;

/// <summary>Group posts, group events and Loyalty's achievements in the main feed (issue 6).</summary>
public abstract class GroupAndAchievementFeedTests(FitnessAppFactory app)
{
    [Theory]
    [InlineData("public")]
    [InlineData("private")]
    public async Task Given_a_group_When_a_member_posts_Then_every_member_has_it_in_their_main_feed_and_a_non_member_not(string privacy)
    {
        var (owner, ownerId) = await AthleteAsync();
        var (member, memberId) = await AthleteAsync();
        var (outsider, outsiderId) = await AthleteAsync();
        var groupId = await owner.CreateGroupIdAsync(privacy);
        await AddMemberAsync(owner, member, groupId, memberId, privacy);
        await app.FollowAsync(outsiderId, memberId); // a follower of the author who is not a member sees nothing of the group

        var postId = await PostAsync(member, groupId, "Sunday long run, who is in?");

        var item = await ItemAsync(owner, postId);
        item.GetProperty("kind").GetString().ShouldBe("groupPost");
        item.GetProperty("text").GetString().ShouldBe("Sunday long run, who is in?");
        item.GetProperty("athlete").GetProperty("id").GetGuid().ShouldBe(memberId);
        item.GetProperty("group").GetProperty("id").GetGuid().ShouldBe(groupId);
        item.GetProperty("activityId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await PostIdsAsync(member)).ShouldContain(postId);
        (await PostIdsAsync(outsider)).ShouldNotContain(postId);
        ownerId.ShouldNotBe(outsiderId);
    }

    [Theory]
    [InlineData("public")]
    [InlineData("private")]
    public async Task Given_a_group_with_earlier_posts_When_an_athlete_becomes_a_member_Then_the_latest_posts_are_in_their_feed(string privacy)
    {
        var (owner, _) = await AthleteAsync();
        var (newcomer, newcomerId) = await AthleteAsync();
        var groupId = await owner.CreateGroupIdAsync(privacy);
        var earlier = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            earlier.Add(await PostAsync(owner, groupId, $"Club news {i}"));
        }

        (await PostIdsAsync(newcomer)).ShouldBeEmpty();

        await AddMemberAsync(owner, newcomer, groupId, newcomerId, privacy);
        await newcomer.JoinAsync(groupId); // joining again changes nothing

        (await PostIdsAsync(newcomer)).ShouldBe(Enumerable.Reverse(earlier).ToList());
        (await ItemAsync(newcomer, earlier[0])).GetProperty("kind").GetString().ShouldBe("groupPost");
    }

    [Fact]
    public async Task Given_a_group_post_in_members_feeds_When_it_is_deleted_Then_it_leaves_every_feed()
    {
        var (owner, _) = await AthleteAsync();
        var (member, _) = await AthleteAsync();
        var groupId = await owner.CreateGroupIdAsync();
        await member.JoinAsync(groupId);
        var postId = await PostAsync(member, groupId, "Soon gone");
        (await PostIdsAsync(owner)).ShouldContain(postId);

        await owner.DeleteAsync($"{GroupsApi.Of(groupId)}/posts/{postId}").NoContentAsync();

        (await PostIdsAsync(owner)).ShouldNotContain(postId);
        (await PostIdsAsync(member)).ShouldNotContain(postId);
        (await app.Services.QueryAsync<SocialDbContext, int>(db => db.FeedEntries.CountAsync(e => e.PostId == postId))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_members_with_group_posts_in_their_feeds_When_one_leaves_and_one_is_removed_Then_the_groups_posts_leave_their_feeds_only()
    {
        var (owner, _) = await AthleteAsync();
        var (leaver, _) = await AthleteAsync();
        var (removed, removedId) = await AthleteAsync();
        var groupId = await owner.CreateGroupIdAsync();
        var otherGroupId = await owner.CreateGroupIdAsync();
        await leaver.JoinAsync(groupId);
        await leaver.JoinAsync(otherGroupId);
        await removed.JoinAsync(groupId);
        var postId = await PostAsync(owner, groupId, "Club news");
        var ownPostId = await PostAsync(leaver, groupId, "My own words");
        var otherPostId = await PostAsync(owner, otherGroupId, "Other club news");

        await leaver.DeleteAsync($"{GroupsApi.Of(groupId)}/membership").NoContentAsync();
        await owner.DeleteAsync($"{GroupsApi.Of(groupId)}/members/{removedId}").NoContentAsync();

        (await PostIdsAsync(leaver)).ShouldBe([otherPostId]);
        (await PostIdsAsync(removed)).ShouldBeEmpty();
        (await PostIdsAsync(owner)).ShouldBe([otherPostId, ownPostId, postId]);
    }

    [Fact]
    public async Task Given_a_planned_event_When_members_read_their_feed_Then_it_is_a_group_event_with_its_time_place_and_their_answer()
    {
        var (owner, _) = await AthleteAsync();
        var (member, _) = await AthleteAsync();
        var (outsider, _) = await AthleteAsync();
        var groupId = await owner.CreateGroupIdAsync("private");
        await AddMemberAsync(owner, member, groupId, await member.AthleteIdAsync(), "private");
        var startsAt = DateTimeOffset.UtcNow.AddDays(3);
        var eventId = (await owner.CreateEventAsync(groupId, startsAt, "Hill repeats")).IdOf();
        (await member.PutAsJsonAsync($"{GroupsApi.Of(groupId)}/events/{eventId}/attendance", new { status = "going" })).EnsureSuccessStatusCode();

        var item = (await member.FeedAsync()).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "groupEvent");

        item.GetProperty("title").GetString().ShouldBe("Hill repeats");
        var planned = item.GetProperty("event");
        planned.GetProperty("id").GetGuid().ShouldBe(eventId);
        planned.GetProperty("placeName").GetString().ShouldBe("Park gate");
        planned.GetProperty("startsAt").GetDateTime().ShouldBe(startsAt.UtcDateTime, TimeSpan.FromSeconds(1));
        planned.GetProperty("going").GetInt32().ShouldBe(1);
        planned.GetProperty("myStatus").GetString().ShouldBe("going");
        planned.GetProperty("cancelled").GetBoolean().ShouldBeFalse();
        (await outsider.FeedAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_member_who_blocked_the_author_When_the_author_posts_in_the_group_Then_it_is_not_in_their_feed()
    {
        var (owner, ownerId) = await AthleteAsync();
        var (blocker, blockerId) = await AthleteAsync();
        var groupId = await owner.CreateGroupIdAsync();
        await blocker.JoinAsync(groupId);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
            db.Blocks.Add(new Block { BlockerId = blockerId, BlockedId = ownerId, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var postId = await PostAsync(owner, groupId, "Hello everyone");

        (await PostIdsAsync(blocker)).ShouldNotContain(postId);
        (await PostIdsAsync(owner)).ShouldContain(postId);
    }

    [Fact]
    public async Task Given_an_athlete_with_a_follower_When_Loyalty_awards_an_achievement_Then_the_follower_and_athlete_see_it_in_their_language_and_a_stranger_not()
    {
        var (athlete, athleteId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        var (stranger, _) = await AthleteAsync();
        await app.FollowAsync(followerId, athleteId);
        await SetLanguageAsync(followerId, "ru");
        var awarded = Award(athleteId);

        await PublishAsync(awarded);
        await PublishAsync(awarded); // redelivered: handled once

        var mine = (await athlete.FeedAsync()).GetProperty("items").EnumerateArray().Single();
        mine.GetProperty("kind").GetString().ShouldBe("achievement");
        mine.GetProperty("title").GetString().ShouldBe("First 10 km");
        mine.GetProperty("achievement").GetProperty("badgeUrl").GetString().ShouldBe(awarded.BadgeUrl);
        mine.GetProperty("achievement").GetProperty("nameRu").GetString().ShouldBe("Первые 10 км");
        var theirs = (await follower.FeedAsync()).GetProperty("items").EnumerateArray().Single();
        theirs.GetProperty("postId").GetGuid().ShouldBe(mine.GetProperty("postId").GetGuid());
        theirs.GetProperty("title").GetString().ShouldBe("Первые 10 км");
        (await stranger.FeedAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_an_athletes_achievement_in_feeds_When_the_athlete_is_erased_Then_it_leaves_every_feed()
    {
        var (_, athleteId) = await AthleteAsync();
        var (follower, followerId) = await AthleteAsync();
        await app.FollowAsync(followerId, athleteId);
        await PublishAsync(Award(athleteId));
        (await follower.FeedAsync()).GetProperty("items").GetArrayLength().ShouldBe(1);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<ISocialDataPart>().OfType<FeedDataPart>().Single().EraseAsync(athleteId, default);
        }

        (await follower.FeedAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await app.Services.QueryAsync<SocialDbContext, int>(db => db.FeedPosts.CountAsync(p => p.AuthorId == athleteId))).ShouldBe(0);
    }

    internal static AchievementAwarded Award(Guid athleteId) =>
        new(athleteId, Guid.CreateVersion7(), "first-10k", "First 10 km", "Первые 10 км", "/api/v1/loyalty/badges/first-10k.svg", 1, DateTime.UtcNow.AddMinutes(-1));

    private async Task AddMemberAsync(HttpClient owner, HttpClient member, Guid groupId, Guid memberId, string privacy)
    {
        await member.JoinAsync(groupId);
        if (privacy == "private")
        {
            await owner.PostAsync($"{GroupsApi.Of(groupId)}/requests/{memberId}", null).NoContentAsync();
        }
    }

    private static async Task<Guid> PostAsync(HttpClient client, Guid groupId, string text)
    {
        var response = await client.PostAsJsonAsync($"{GroupsApi.Of(groupId)}/posts", new { text });
        response.EnsureSuccessStatusCode();
        return (await response.BodyAsync()).IdOf();
    }

    private static async Task<List<Guid>> PostIdsAsync(HttpClient client) =>
        (await client.FeedAsync(limit: 50)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("postId").GetGuid()).ToList();

    private static async Task<JsonElement> ItemAsync(HttpClient client, Guid postId) =>
        (await client.FeedAsync(limit: 50)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("postId").GetGuid() == postId);

    private async Task SetLanguageAsync(Guid userId, string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, language));
    }

    private async Task PublishAsync(AchievementAwarded integrationEvent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
    }

    private async Task<(HttpClient Client, Guid Id)> AthleteAsync()
    {
        var client = await app.CreateAthleteClientAsync();
        return (client, await client.AthleteIdAsync());
    }
}

public sealed class GroupAndAchievementFeedTests_Sqlite(FeedSqliteApp app) : GroupAndAchievementFeedTests(app), IClassFixture<FeedSqliteApp>;

public sealed class GroupAndAchievementFeedTests_Postgres(FeedPostgresApp app) : GroupAndAchievementFeedTests(app), IClassFixture<FeedPostgresApp>;
