using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Feed;

/// <summary>The feed as the tests use it: reading pages, making follows the way the connections area will (row + observers, one save), waiting for the outbox.</summary>
public static class FeedApi
{
    public const string Url = "/api/v1/social/feed";

    /// <summary>The fan-out limit of the test hosts: an author with three or more followers is merged at read time.</summary>
    public const int FanOutLimit = 2;

    public static async Task<JsonElement> FeedAsync(this HttpClient client, string? cursor = null, int? limit = null)
    {
        var query = new List<string>();
        if (cursor is not null)
        {
            query.Add($"cursor={Uri.EscapeDataString(cursor)}");
        }

        if (limit is not null)
        {
            query.Add($"limit={limit}");
        }

        var response = await client.GetAsync(query.Count == 0 ? Url : $"{Url}?{string.Join('&', query)}");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The activity ids of the whole feed (every page); other kinds (achievements, group posts) are left out.</summary>
    public static async Task<List<Guid>> FeedActivityIdsAsync(this HttpClient client)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await client.FeedAsync(cursor, 50);
            ids.AddRange(page.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("kind").GetString() == "activity")
                .Select(i => i.GetProperty("activityId").GetGuid()));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return ids;
    }

    public static async Task<JsonElement> ItemAsync(this HttpClient client, Guid activityId) =>
        (await client.FeedAsync(limit: 50)).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("kind").GetString() == "activity" && i.GetProperty("activityId").GetGuid() == activityId);

    /// <summary>
    /// Waits until Loyalty's awards for the athletes' activities (at least the first-activity achievement each) have
    /// become feed posts and stopped coming, so a test that counts posts or entries is not raced by them.
    /// </summary>
    public static async Task WaitForAchievementPostsAsync(this FitnessAppFactory app, params Guid[] athleteIds)
    {
        Task<int> Count() => app.Services.QueryAsync<SocialDbContext, int>(db => db.FeedPosts.CountAsync(p => p.Kind == FeedPostKind.Achievement && athleteIds.Contains(p.AuthorId)));
        var count = await Polling.UntilAsync(Count, n => n >= athleteIds.Length, TimeSpan.FromSeconds(30), "Loyalty's achievements to reach the feed");
        while (true)
        {
            await Task.Delay(1000);
            var now = await Count();
            if (now == count)
            {
                return;
            }

            count = now;
        }
    }

    /// <summary>Waits until the activity's post is in Social with the given visibility (the outbox delivered the latest event).</summary>
    public static Task WaitForPostAsync(this FitnessAppFactory app, Guid activityId, string visibility) =>
        Polling.UntilAsync(
            () => app.Services.QueryAsync<SocialDbContext, string?>(db => db.FeedPosts
                .Where(p => p.Kind == FeedPostKind.Activity && p.SubjectId == activityId)
                .Select(p => p.Visibility.ToString()).FirstOrDefaultAsync()),
            v => string.Equals(v, visibility, StringComparison.OrdinalIgnoreCase),
            TimeSpan.FromSeconds(30),
            $"the feed post of {activityId} as {visibility}");

    public static Task WaitForNoPostAsync(this FitnessAppFactory app, Guid activityId) =>
        Polling.UntilAsync(
            () => app.Services.QueryAsync<SocialDbContext, bool>(db => db.FeedPosts.AnyAsync(p => p.SubjectId == activityId)),
            exists => !exists,
            TimeSpan.FromSeconds(30),
            $"the feed post of {activityId} to go");

    /// <summary>Records an activity as the client's athlete and waits until Social has its post.</summary>
    public static async Task<Guid> RecordAndWaitAsync(this FitnessAppFactory app, HttpClient athlete, string visibility, DateTimeOffset? start = null)
    {
        var id = (await athlete.RecordAsync(ActivityApi.Run($$"""{"visibility":"{{visibility}}"}""", start))).IdOf();
        await app.WaitForPostAsync(id, visibility);
        return id;
    }

    /// <summary>An accepted follow, saved with what the feed's observer does (as the connections area will).</summary>
    public static async Task FollowAsync(this FitnessAppFactory app, Guid followerId, Guid followeeId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
        db.Follows.Add(new Follow { FollowerId = followerId, FolloweeId = followeeId, State = FollowState.Accepted, CreatedAt = DateTime.UtcNow, AcceptedAt = DateTime.UtcNow });
        foreach (var observer in scope.ServiceProvider.GetServices<IFollowObserver>())
        {
            await observer.FollowStartedAsync(followerId, followeeId, default);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Follow rows only, without observers (a graph set up before any post exists).</summary>
    public static async Task FollowRowsAsync(this FitnessAppFactory app, Guid followeeId, IEnumerable<Guid> followerIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
        foreach (var follower in followerIds)
        {
            db.Follows.Add(new Follow { FollowerId = follower, FolloweeId = followeeId, State = FollowState.Accepted, CreatedAt = DateTime.UtcNow, AcceptedAt = DateTime.UtcNow });
        }

        await db.SaveChangesAsync();
    }

    public static async Task UnfollowAsync(this FitnessAppFactory app, Guid followerId, Guid followeeId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
        db.Follows.RemoveRange(await db.Follows.Where(f => f.FollowerId == followerId && f.FolloweeId == followeeId).ToListAsync());
        foreach (var observer in scope.ServiceProvider.GetServices<IFollowObserver>())
        {
            await observer.FollowEndedAsync(followerId, followeeId, default);
        }

        await db.SaveChangesAsync();
    }

    public static Task<int> EntriesOfAsync(this FitnessAppFactory app, Guid activityId) =>
        app.Services.QueryAsync<SocialDbContext, int>(db => db.FeedEntries.CountAsync(e => db.FeedPosts.Any(p => p.Id == e.PostId && p.SubjectId == activityId)));
}

/// <summary>A SQLite host with a tiny fan-out limit, so that read-time merge can be tested with a few athletes.</summary>
public sealed class FeedSqliteApp : FitnessAppFactory
{
    public FeedSqliteApp()
        : base(TestDatabase.Sqlite) => With("Social:Feed:FanOutLimit", FeedApi.FanOutLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The PostgreSQL twin of <see cref="FeedSqliteApp"/>.</summary>
public sealed class FeedPostgresApp : FitnessAppFactory
{
    public FeedPostgresApp()
        : base(TestDatabase.Postgres) => With("Social:Feed:FanOutLimit", FeedApi.FanOutLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
