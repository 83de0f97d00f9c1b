using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Accounts;

/// <summary>Requests and bodies of /api/v1/accounts/me and /me/settings.</summary>
public static class ProfileApi
{
    public const string Me = "/api/v1/accounts/me";
    public const string Settings = "/api/v1/accounts/me/settings";

    /// <summary>A complete, valid profile for an adult; <paramref name="overrides"/> (a JSON object) replaces or adds fields.</summary>
    public static JsonObject Profile(string? overrides = null)
    {
        var body = new JsonObject
        {
            ["displayName"] = "Profile Runner",
            ["bio"] = "Marathons and mountains.",
            ["city"] = "Berlin",
            ["country"] = "DE",
            ["birthDate"] = "1990-05-17",
            ["sex"] = "female",
            ["heightCm"] = 168.5,
            ["weightKg"] = 61.2,
            ["maxHeartRate"] = 188,
            ["restingHeartRate"] = 48,
            ["preferredSports"] = new JsonArray("running", "trailRunning"),
        };
        return Merge(body, overrides);
    }

    public static JsonObject SettingsBody(string? overrides = null)
    {
        var body = new JsonObject
        {
            ["units"] = "imperial",
            ["language"] = "ru",
            ["timeZone"] = "Europe/Berlin",
            ["defaultActivityVisibility"] = "followers",
            ["profileVisibility"] = "followersOnly",
        };
        return Merge(body, overrides);
    }

    public static Task<HttpResponseMessage> PutProfileAsync(this HttpClient client, JsonObject body) => client.PutAsJsonAsync(Me, body);

    public static Task<HttpResponseMessage> PutSettingsAsync(this HttpClient client, JsonObject body) => client.PutAsJsonAsync(Settings, body);

    public static async Task<JsonElement> GetMeAsync(this HttpClient client)
    {
        var response = await client.GetAsync(Me);
        var text = await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid Id(this JsonElement me) => me.GetProperty("id").GetGuid();

    /// <summary>The stored profile columns of an account, read straight from the database.</summary>
    public static Task<string> StoredProfileAsync(this FitnessAppFactory app, Guid userId) =>
        app.Services.QueryAsync<AccountsDbContext, string>(async db =>
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
            return JsonSerializer.Serialize(new
            {
                user.DisplayName, user.Bio, user.City, user.Country, user.BirthDate, user.Sex, user.HeightCm, user.WeightKg,
                user.MaxHeartRate, user.RestingHeartRate, user.PreferredSports, user.Units, user.Language, user.TimeZone,
                user.DefaultActivityVisibility, user.ProfileVisibility,
            });
        });

    private static JsonObject Merge(JsonObject body, string? overrides)
    {
        if (overrides is null)
        {
            return body;
        }

        foreach (var (name, value) in JsonNode.Parse(overrides)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }
}
