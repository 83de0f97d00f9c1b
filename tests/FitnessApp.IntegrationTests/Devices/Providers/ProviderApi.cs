using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Jobs;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Devices.Providers.Webhooks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Devices.Providers;

/// <summary>The provider-sync API as the tests drive it: the OAuth dance through the fake provider, webhook calls, stored state.</summary>
internal static class ProviderApi
{
    public const string Url = "/api/v1/devices/providers";

    public sealed record Start(string AuthorizeUrl, DateTime ExpiresAt);

    public sealed record Connection(
        string Provider, string DisplayName, bool Configured, string Status, string? ProviderAthleteId,
        DateTime? ConnectedAt, DateTime? LastSyncAt, string? LastError, DateTime? LastErrorAt, int ActivitiesSynced);

    public static async Task<Start> StartAsync(this HttpClient athlete, string provider)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Url}/{provider}/connect");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await athlete.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Start>())!;
    }

    /// <summary>What the athlete's browser does at the provider: approve, and be redirected to our callback.</summary>
    public static async Task<Uri> ApproveAsync(string authorizeUrl)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var response = await browser.GetAsync(authorizeUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    /// <summary>The browser arriving at our callback (anonymous; no redirects followed).</summary>
    public static Task<HttpResponseMessage> CallbackAsync(this FitnessAppFactory app, Uri callback) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(callback.PathAndQuery);

    /// <summary>The whole dance; fails unless the callback redirects to the portal.</summary>
    public static async Task ConnectAsync(this ProvidersApp app, HttpClient athlete, string provider, string providerAthleteId)
    {
        app.Provider.NextAthleteId = providerAthleteId;
        var start = await athlete.StartAsync(provider);
        var callback = await ApproveAsync(start.AuthorizeUrl);
        var response = await app.CallbackAsync(callback);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldBe($"/devices/connections?connected={provider}");
    }

    public static async Task<Connection> ConnectionAsync(this HttpClient athlete, string provider)
    {
        var list = await athlete.GetFromJsonAsync<List<Connection>>(Url);
        return list!.Single(c => c.Provider == provider);
    }

    public static Task<HttpResponseMessage> StravaEventAsync(this FitnessAppFactory app, string aspect, long objectId, string ownerId, string objectType = "activity", string? updates = null) =>
        app.CreateClient().PostAsync($"{Url}/strava/webhook", new StringContent(
            $$"""{"aspect_type":"{{aspect}}","event_time":1795777200,"object_id":{{objectId}},"object_type":"{{objectType}}","owner_id":{{ownerId}},"subscription_id":1,"updates":{{updates ?? "{}"}}}""",
            Encoding.UTF8,
            "application/json"));

    public static Task<HttpResponseMessage> PolarEventAsync(this FitnessAppFactory app, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Url}/polar/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add(PolarWebhookEndpoint.SignatureHeader, signature);
        }

        return app.CreateClient().SendAsync(request);
    }

    public static string Sign(string body) => WebhookSignature.Sign(ProvidersApp.WebhookSecret, Encoding.UTF8.GetBytes(body));

    public static Task<ProviderConnection> StoredConnectionAsync(this FitnessAppFactory app, Guid athleteId, string provider) =>
        app.Services.QueryAsync<DevicesDbContext, ProviderConnection>(db => db.ProviderConnections.AsNoTracking().SingleAsync(c => c.AthleteId == athleteId && c.Provider == provider));

    public static Task<List<ProviderEvent>> EventsAsync(this FitnessAppFactory app, string provider, string objectId) =>
        app.Services.QueryAsync<DevicesDbContext, List<ProviderEvent>>(db => db.ProviderEvents.AsNoTracking().Where(e => e.Provider == provider && e.ObjectId == objectId).ToListAsync());

    public static Task<List<SyncedActivity>> SyncedAsync(this FitnessAppFactory app, string provider, string providerActivityId) =>
        app.Services.QueryAsync<DevicesDbContext, List<SyncedActivity>>(db => db.SyncedActivities.AsNoTracking().Where(s => s.Provider == provider && s.ProviderActivityId == providerActivityId).ToListAsync());

    /// <summary>Waits until every event about the object is processed (none pending) and returns them.</summary>
    public static Task<List<ProviderEvent>> ProcessedEventsAsync(this FitnessAppFactory app, string provider, string objectId, int count = 1, TimeSpan? timeout = null) =>
        Eventually.ReturnsAsync(
            () => app.EventsAsync(provider, objectId),
            events => events.Count >= count && events.All(e => e.Status != ProviderEventStatus.Pending),
            timeout ?? TimeSpan.FromSeconds(30),
            $"{count} processed {provider} event(s) about {objectId}");

    public static string Describe(IEnumerable<ProviderEvent> events) =>
        JsonSerializer.Serialize(events.Select(e => new { e.Kind, Status = e.Status.ToString(), e.Attempts, e.Error }));
}
