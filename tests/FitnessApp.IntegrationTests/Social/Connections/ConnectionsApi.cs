using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Social.Connections;

/// <summary>A signed-in test athlete: the client that sends their token, their id and display name.</summary>
public sealed record Athlete(HttpClient Client, Guid Id, string Name);

/// <summary>The connections API as the tests call it, and athletes with the profile a test needs.</summary>
public static class ConnectionsApi
{
    public const string Root = "/api/v1/social";

    /// <summary>
    /// A confirmed athlete with a unique name (containing <paramref name="name"/>), a city, sports and the profile
    /// visibility asked for.
    /// </summary>
    public static async Task<Athlete> CreateAthleteAsync(
        this FitnessAppFactory app, string? name = null, string city = "Berlin", bool followersOnly = false, params string[] sports)
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        var token = await client.LoginAsync(email);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var id = (await client.GetMeAsync()).Id();
        var displayName = $"{name ?? "Athlete"} {Guid.NewGuid().ToString("N")[..12]}";
        var profile = ProfileApi.Profile();
        profile["displayName"] = displayName;
        profile["city"] = city;
        profile["preferredSports"] = new JsonArray(sports.Length == 0 ? ["running"] : sports.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        (await client.PutProfileAsync(profile)).EnsureSuccessStatusCode();
        (await client.PutSettingsAsync(ProfileApi.SettingsBody(
            $$"""{"language":"en","units":"metric","profileVisibility":"{{(followersOnly ? "followersOnly" : "public")}}"}"""))).EnsureSuccessStatusCode();
        await app.Services.QueryAsync<AccountsDbContext, int>(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.EmailConfirmed, true)));
        return new Athlete(client, id, displayName);
    }

    public static Task<HttpResponseMessage> FollowAsync(this Athlete athlete, Guid userId) =>
        athlete.Client.PostAsync($"{Root}/follows/{userId}", null);

    public static Task<HttpResponseMessage> UnfollowAsync(this Athlete athlete, Guid userId) =>
        athlete.Client.DeleteAsync($"{Root}/follows/{userId}");

    public static Task<HttpResponseMessage> BlockAsync(this Athlete athlete, Guid userId) =>
        athlete.Client.PostAsync($"{Root}/blocks/{userId}", null);

    public static Task<HttpResponseMessage> AcceptAsync(this Athlete athlete, Guid userId) =>
        athlete.Client.PostAsync($"{Root}/follow-requests/{userId}/accept", null);

    public static Task<HttpResponseMessage> DeclineAsync(this Athlete athlete, Guid userId) =>
        athlete.Client.PostAsync($"{Root}/follow-requests/{userId}/decline", null);

    /// <summary>Follows and returns the state (<c>following</c> or <c>requested</c>); fails the test unless 200.</summary>
    public static async Task<string> FollowedAsync(this Athlete athlete, Athlete other)
    {
        var json = await (await athlete.FollowAsync(other.Id)).OkJsonAsync();
        return json.GetProperty("state").GetString()!;
    }

    /// <summary><paramref name="follower"/> follows <paramref name="followee"/>, accepted by them when they approve followers.</summary>
    public static async Task FollowsAsync(this Athlete follower, Athlete followee)
    {
        if (await follower.FollowedAsync(followee) == "requested")
        {
            (await followee.AcceptAsync(follower.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
    }

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this Athlete athlete, string path) =>
        await (await athlete.Client.GetAsync(Root + path)).OkJsonAsync();

    /// <summary>The ids of a page's items.</summary>
    public static IReadOnlyList<Guid> Ids(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    public static JsonElement Item(this JsonElement page, Guid id) =>
        page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
}
