using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Accounts.Consent;

/// <summary>The consent endpoints and what tests check behind them.</summary>
public static class ConsentApi
{
    public const string HealthData = "/api/v1/accounts/me/consents/health-data";
    public const string Terms = "/api/v1/accounts/me/terms";

    public static async Task<JsonElement> PrivacyAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/accounts/me")).GetProperty("privacy");

    public static async Task<JsonElement> SetHealthDataConsentAsync(this HttpClient client, bool granted)
    {
        var response = await client.PutAsJsonAsync(HealthData, new { granted });
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<T> SendAsync<T>(this FitnessAppFactory app, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static async Task<List<string>> AuditKindsAsync(this FitnessAppFactory app, Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        return await db.AuditEntries.Where(e => e.UserId == userId).Select(e => e.Kind).ToListAsync();
    }

    /// <summary>The payloads of the Accounts outbox's messages of that event type that mention the user.</summary>
    public static Task<List<string>> AccountsOutboxAsync(this FitnessAppFactory app, string eventType, Guid userId)
    {
        var id = userId.ToString();
        return app.Services.QueryAsync<AccountsDbContext, List<string>>(db => db.Set<OutboxMessage>()
            .Where(m => m.Type.Contains(eventType) && m.Payload.Contains(id))
            .Select(m => m.Payload)
            .ToListAsync());
    }

    public static async Task<string?> RegistrationAuditDetailsAsync(this FitnessAppFactory app, Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        return await db.AuditEntries.Where(e => e.UserId == userId && e.Kind == "registered").Select(e => e.Details).SingleAsync();
    }

    /// <summary>As if the user had accepted an older version before the one in force was published.</summary>
    public static async Task SetAcceptedTermsVersionAsync(this FitnessAppFactory app, Guid userId, string version)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.AcceptedTermsVersion = version;
        await db.SaveChangesAsync();
    }
}
