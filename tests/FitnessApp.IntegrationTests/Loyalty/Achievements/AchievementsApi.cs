using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Loyalty.Achievements;

internal static class AchievementsApi
{
    public const string Mine = "/api/v1/loyalty/achievements";
    public const string Admin = "/api/v1/loyalty/admin/achievements";

    public static async Task<JsonElement[]> MineAsync(this HttpClient client) =>
        [.. (await (await client.GetAsync(Mine)).JsonAsync()).EnumerateArray()];

    public static JsonElement? Find(this JsonElement[] items, string code) =>
        items.Cast<JsonElement?>().FirstOrDefault(i => i!.Value.GetProperty("code").ValueKind == JsonValueKind.String && i.Value.GetProperty("code").GetString() == code);

    /// <summary>Polls the caller's list until the achievement is earned (the outbox delivers the Training event).</summary>
    public static async Task<JsonElement> UntilEarnedAsync(this HttpClient client, string code) =>
        (await Polling.UntilAsync(
            client.MineAsync,
            items => items.Find(code) is { } item && item.GetProperty("status").GetString() == "earned",
            TimeSpan.FromSeconds(20),
            $"{code} earned")).Find(code)!.Value;

    public static Task<int> LedgerEntriesAsync(this FitnessAppFactory app, Guid athleteId, string sourceKey) =>
        app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.LedgerEntries.CountAsync(e => e.UserId == athleteId && e.SourceKey == sourceKey));

    public static Task<List<string>> AwardedEventsAsync(this FitnessAppFactory app, Guid athleteId, string code)
    {
        var id = athleteId.ToString();
        var quoted = $"\"{code}\"";
        return app.Services.QueryAsync<LoyaltyDbContext, List<string>>(db => db.Set<OutboxMessage>()
            .Where(m => m.Type.Contains("AchievementAwarded") && m.Payload.Contains(id) && m.Payload.Contains(quoted))
            .Select(m => m.Payload)
            .ToListAsync());
    }
}
