using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>The activities API as the tests call it: a valid manual run to start from, and the stored state to check.</summary>
public static class ActivityApi
{
    public const string Url = "/api/v1/training/activities";

    /// <summary>A valid manual run, one hour ago in Berlin; <paramref name="overrides"/> (a JSON object) replaces or adds fields.</summary>
    public static JsonObject Run(string? overrides = null, DateTimeOffset? start = null)
    {
        var body = new JsonObject
        {
            ["sport"] = "running",
            ["title"] = $"Run {Guid.NewGuid():N}",
            ["startTime"] = (start ?? DateTimeOffset.UtcNow.AddHours(-1)).ToString("O"),
            ["timeZone"] = "Europe/Berlin",
            ["elapsedSeconds"] = 3000,
            ["movingSeconds"] = 2900,
            ["distanceMeters"] = 10000.0,
            ["elevationGainMeters"] = 85.0,
            ["averageHeartRate"] = 150,
            ["maxHeartRate"] = 178,
            ["calories"] = 720,
            ["perceivedEffort"] = 6,
            ["notes"] = "Easy tempo along the river",
        };
        if (overrides is not null)
        {
            var replaced = overrides.Replace("__FUTURE__", DateTimeOffset.UtcNow.AddDays(2).ToString("O"), StringComparison.Ordinal);
            foreach (var (key, value) in JsonNode.Parse(replaced)!.AsObject().ToList())
            {
                body[key] = value?.DeepClone();
            }
        }

        return body;
    }

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonObject body) =>
        client.PostAsJsonAsync(Url, body);

    /// <summary>Records an activity and returns its JSON; fails the test unless the API answered 201.</summary>
    public static async Task<JsonElement> RecordAsync(this HttpClient client, JsonObject body)
    {
        var response = await client.PostActivityAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static Guid IdOf(this JsonElement activity) => activity.GetProperty("id").GetGuid();

    public static Task<int> CountActivitiesAsync(this FitnessAppFactory app, string title) =>
        app.Services.QueryAsync<TrainingDbContext, int>(db => db.Activities.CountAsync(a => a.Title == title));

    /// <summary>Outbox messages of the training schema of the given event type that mention the activity.</summary>
    public static Task<List<string>> OutboxPayloadsAsync(this FitnessAppFactory app, string eventType, Guid activityId)
    {
        var id = activityId.ToString();
        return app.Services.QueryAsync<TrainingDbContext, List<string>>(db => db.Set<OutboxMessage>()
            .Where(m => m.Type.Contains(eventType) && m.Payload.Contains(id))
            .Select(m => m.Payload)
            .ToListAsync());
    }
}
