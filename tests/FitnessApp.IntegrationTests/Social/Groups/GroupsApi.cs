using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Groups;

/// <summary>The groups API as the tests call it.</summary>
public static class GroupsApi
{
    public const string Url = "/api/v1/social/groups";

    public static string Of(Guid id) => $"{Url}/{id}";

    /// <summary>Creates a group and returns its JSON; fails the test unless the API answered 201.</summary>
    public static async Task<JsonElement> CreateGroupAsync(this HttpClient client, string privacy = "public", string? name = null, string? sport = "running", string? city = "Berlin")
    {
        var response = await client.PostAsJsonAsync(Url, new { name = name ?? $"Club {Guid.NewGuid():N}", description = "We run.", sport, city, privacy });
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<Guid> CreateGroupIdAsync(this HttpClient client, string privacy = "public") => (await client.CreateGroupAsync(privacy)).IdOf();

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task JoinAsync(this HttpClient client, Guid groupId) =>
        (await client.PostAsync($"{Of(groupId)}/membership", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

    public static async Task NoContentAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> CreateEventAsync(this HttpClient client, Guid groupId, DateTimeOffset startsAt, string title = "Long run")
    {
        var response = await client.PostAsJsonAsync($"{Of(groupId)}/events", new { title, sport = "running", startsAt, placeName = "Park gate", latitude = 52.5, longitude = 13.4, description = "Easy pace" });
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);

    /// <summary>A member's activity in feeds, as the feed helper stores it from Training's events.</summary>
    public static async Task<Guid> InsertActivityPostAsync(this FitnessAppFactory app, Guid authorId, Visibility visibility, DateTime occurredAt, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
        var post = new FeedPost
        {
            Kind = FeedPostKind.Activity, AuthorId = authorId, SubjectId = Guid.CreateVersion7(), Visibility = visibility, OccurredAt = occurredAt,
            Sport = Sport.Running, Title = title, DistanceMeters = 10000, MovingSeconds = 3000,
        };
        db.FeedPosts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    public static Task<int> CountNotificationsAsync(this FitnessAppFactory app, Guid recipientId, string kind, Guid subjectId) =>
        app.Services.QueryAsync<SocialDbContext, int>(db =>
        {
            var parsed = Enum.Parse<NotificationKind>(kind);
            return db.Notifications.CountAsync(n => n.RecipientId == recipientId && n.Kind == parsed && n.SubjectId == subjectId);
        });

    public static IEnumerable<string> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).ToString());
}
