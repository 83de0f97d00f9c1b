using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Interactions;

/// <summary>An athlete as the interaction tests use one: a signed-in client and the user id.</summary>
public sealed record Athlete(HttpClient Client, Guid Id, string DisplayName);

/// <summary>The kudos and comments API as the tests call it, and the follows and blocks they set up directly in Social's tables.</summary>
public static class InteractionsApi
{
    public static string Activity(Guid activityId) => $"/api/v1/social/activities/{activityId}";

    public static string Kudos(Guid activityId) => $"{Activity(activityId)}/kudos";

    public static string Comments(Guid activityId) => $"{Activity(activityId)}/comments";

    public static string Comment(Guid activityId, Guid commentId) => $"{Comments(activityId)}/{commentId}";

    public static async Task<Athlete> AthleteAsync(this FitnessAppFactory app, string? displayName = null)
    {
        displayName ??= $"Athlete {Guid.NewGuid():N}"[..16];
        var client = app.CreateClient();
        var email = await client.RegisterAsync(displayName: displayName);
        var token = await client.LoginAsync(email);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new Athlete(client, await client.AthleteIdAsync(), displayName);
    }

    /// <summary>Records a manual run with the given wire visibility and returns its id.</summary>
    public static async Task<Guid> RecordRunAsync(this Athlete athlete, string visibility) =>
        (await athlete.Client.RecordAsync(ActivityApi.Run($$"""{"visibility":"{{visibility}}"}"""))).IdOf();

    public static async Task FollowAsync(this FitnessAppFactory app, Athlete follower, Athlete followee)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
        db.Follows.Add(new Follow { FollowerId = follower.Id, FolloweeId = followee.Id, State = FollowState.Accepted, CreatedAt = DateTime.UtcNow, AcceptedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public static async Task BlockAsync(this FitnessAppFactory app, Athlete blocker, Athlete blocked)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
        db.Blocks.Add(new Block { BlockerId = blocker.Id, BlockedId = blocked.Id, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public static async Task<JsonElement> CommentAsync(this Athlete athlete, Guid activityId, string text)
    {
        var response = await athlete.Client.PostAsJsonAsync(Comments(activityId), new { text });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> ViewAsync(this Athlete athlete, Guid activityId)
    {
        var response = await athlete.Client.GetAsync(Activity(activityId));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    internal static Task<T> SocialAsync<T>(this FitnessAppFactory app, Func<SocialDbContext, Task<T>> query) =>
        app.Services.QueryAsync(query);
}
