using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Loyalty.Challenges.Finalization;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Challenges;

/// <summary>The challenges API as the tests call it.</summary>
internal static class ChallengesApi
{
    public const string Url = "/api/v1/loyalty/challenges";
    public const string AdminUrl = "/api/v1/loyalty/admin/challenges";

    public static string Of(Guid id) => $"{Url}/{id}";

    /// <summary>A 100 km running challenge from two days before the clock to two days after; <paramref name="overrides"/> replaces fields.</summary>
    public static JsonObject Body(ChallengesApp app, string? overrides = null)
    {
        var now = app.Clock.GetUtcNow();
        var body = new JsonObject
        {
            ["title"] = $"Challenge {Guid.NewGuid():N}",
            ["description"] = "Run far.",
            ["goal"] = "distance",
            ["goalValue"] = 100_000.0,
            ["sports"] = new JsonArray("running", "trailRunning"),
            ["startsAt"] = now.AddDays(-2).ToString("O"),
            ["endsAt"] = now.AddDays(2).ToString("O"),
            ["finisherPoints"] = 50,
            ["firstPlacePoints"] = 100,
            ["secondPlacePoints"] = 60,
            ["thirdPlacePoints"] = 30,
        };
        if (overrides is not null)
        {
            foreach (var (key, value) in JsonNode.Parse(overrides)!.AsObject().ToList())
            {
                body[key] = value?.DeepClone();
            }
        }

        return body;
    }

    public static async Task<JsonElement> CreatedAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<Guid> CreatePublicAsync(this HttpClient operatorClient, ChallengesApp app, string? overrides = null) =>
        (await operatorClient.PostAsJsonAsync(AdminUrl, Body(app, overrides)).CreatedAsync()).GetProperty("id").GetGuid();

    public static async Task<JsonElement> JoinAsync(this HttpClient client, Guid id)
    {
        var response = await client.PostAsync($"{Of(id)}/join", null);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> LeaderboardAsync(this HttpClient client, Guid id) => client.GetJsonAsync($"{Of(id)}/leaderboard");

    /// <summary>Records a run of <paramref name="meters"/> half an hour before the clock and returns its id.</summary>
    public static async Task<Guid> RunAsync(this HttpClient client, ChallengesApp app, double meters, string sport = "running") =>
        (await client.RecordAsync(ActivityApi.Run($$"""{"distanceMeters": {{meters}}, "sport": "{{sport}}"}""", app.Clock.GetUtcNow().AddMinutes(-30)))).IdOf();

    /// <summary>Waits until the outbox has brought the athlete's progress in the challenge to <paramref name="progress"/>.</summary>
    public static Task<JsonElement> ProgressAsync(this HttpClient client, Guid id, double progress) =>
        Polling.UntilAsync(
            () => client.GetJsonAsync(Of(id)),
            c => c.GetProperty("myProgress").ValueKind == JsonValueKind.Number && Math.Abs(c.GetProperty("myProgress").GetDouble() - progress) < 0.001,
            TimeSpan.FromSeconds(20), $"progress {progress}");

    public static async Task<int> FinalizeAsync(this ChallengesApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChallengeFinalizer>().FinalizeDueAsync(CancellationToken.None);
    }

    public static Task<List<int>> ChallengePointsAsync(this ChallengesApp app, Guid userId, Guid challengeId)
    {
        var subject = $"challenge:{challengeId}";
        return app.Services.QueryAsync<LoyaltyDbContext, List<int>>(db =>
            db.LedgerEntries.Where(e => e.UserId == userId && e.Subject == subject).Select(e => e.Points).ToListAsync());
    }

    public static Task<List<string>> AwardedPayloadsAsync(this ChallengesApp app, Guid challengeId)
    {
        var code = $"challenge-{challengeId}-";
        return app.Services.QueryAsync<LoyaltyDbContext, List<string>>(db => db.Set<OutboxMessage>()
            .Where(m => m.Type.Contains("AchievementAwarded") && m.Payload.Contains(code))
            .Select(m => m.Payload)
            .ToListAsync());
    }
}
