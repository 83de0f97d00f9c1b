using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Devices.Push;

/// <summary>Registered devices and pushed samples as a phone app would send them.</summary>
public static class PushApi
{
    public const string Registrations = "/api/v1/devices/registrations";
    public const string Samples = "/api/v1/devices/samples";
    public const string DailyMetrics = "/api/v1/devices/daily-metrics";

    public sealed record Registered(Guid Id, string Token);

    public static async Task<Registered> RegisterDeviceAsync(this HttpClient athlete, string kind = "phone", string name = "My phone")
    {
        var response = await athlete.PostAsJsonAsync(Registrations, new { kind, name });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, body);
        var json = JsonDocument.Parse(body).RootElement;
        return new Registered(json.GetProperty("device").GetProperty("id").GetGuid(), json.GetProperty("token").GetString()!);
    }

    /// <summary>A client that authenticates as the device only (no user token).</summary>
    public static HttpClient DeviceClient(this FitnessAppFactory app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Device", token);
        return client;
    }

    public static Task<HttpResponseMessage> PushAsync(this HttpClient device, params object[] samples) =>
        device.PostAsJsonAsync(Samples, new { samples });

    public static async Task<JsonElement> PushOkAsync(this HttpClient device, params object[] samples)
    {
        var response = await device.PushAsync(samples);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> MetricsAsync(this HttpClient athlete, DateOnly from, DateOnly to)
    {
        var response = await athlete.GetAsync($"{DailyMetrics}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static JsonElement Day(this JsonElement days, DateOnly date) =>
        days.EnumerateArray().Single(d => d.GetProperty("date").GetString() == date.ToString("yyyy-MM-dd"));

    public static async Task SetTimeZoneAsync(this HttpClient athlete, string timeZone)
    {
        var response = await athlete.PutSettingsAsync(ProfileApi.SettingsBody($$"""{"timeZone":"{{timeZone}}","units":"metric","language":"en"}"""));
        response.EnsureSuccessStatusCode();
    }

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O");

    public static object Steps(DateTime start, DateTime end, double count) => new { type = "steps", start = Iso(start), end = Iso(end), count };

    public static object HeartRate(DateTime time, double bpm) => new { type = "heartRate", time = Iso(time), bpm };

    public static object Resting(DateTime time, double bpm) => new { type = "restingHeartRate", time = Iso(time), bpm };

    public static object Sleep(DateTime start, DateTime end, string? stage = null) => new { type = "sleep", start = Iso(start), end = Iso(end), stage };

    public static object Weight(DateTime time, double kg) => new { type = "weight", time = Iso(time), kg };

    /// <summary>Midnight UTC <paramref name="daysAgo"/> days before today.</summary>
    public static DateTime DaysAgo(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo);
}
