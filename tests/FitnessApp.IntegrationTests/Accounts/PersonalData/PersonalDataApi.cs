using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Devices.Imports;
using FitnessApp.IntegrationTests.Devices.Push;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Jobs;
using FitnessApp.IntegrationTests.Shop.Orders;
using FitnessApp.IntegrationTests.Shop.Reviews;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Accounts.PersonalData;

/// <summary>Exports and erasure through the API, and an athlete with data in every module.</summary>
internal static class PersonalDataApi
{
    public const string Export = "/api/v1/accounts/me/export";
    public const string Exports = "/api/v1/accounts/me/exports";
    public const string Me = "/api/v1/accounts/me";
    public const string FitFile = "fit/garmin-edge-500-activity.fit";

    /// <summary>What <see cref="SeedAsync"/> stored: the ids and the manual activity's title, to find again.</summary>
    public sealed record Seeded(Guid UserId, string Email, string ActivityTitle, Guid ImportedActivityId, byte[] FitBytes);

    /// <summary>
    /// An athlete with real data everywhere: an imported FIT file, a registered device and pushed samples, a manual
    /// activity, shoes, a goal, a plan; a delivered shop order and a review of its product; sign-ins in the audit log.
    /// </summary>
    public static async Task<(HttpClient Client, Seeded Data)> SeedAsync(FitnessAppFactory app)
    {
        var email = $"athlete-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateAthleteClientAsync(email);
        var me = await (await client.GetAsync(Me)).JsonAsync();
        var userId = me.GetProperty("id").GetGuid();

        var fit = ImportCorpus.Bytes(FitFile);
        var import = await client.ImportedAsync("ride.fit", fit);

        var device = await client.RegisterDeviceAsync();
        var phone = app.DeviceClient(device.Token);
        var day = PushApi.DaysAgo(1);
        await phone.PushOkAsync(
            PushApi.Steps(day.AddHours(8), day.AddHours(9), 4200), PushApi.HeartRate(day.AddHours(10), 64),
            PushApi.Resting(day.AddHours(6), 52), PushApi.Weight(day.AddHours(7), 71.5));

        var title = $"Erasable run {Guid.NewGuid():N}";
        await client.RecordAsync(ActivityApi.Run($$"""{"title":"{{title}}"}"""));
        await client.AddShoesAsync();
        await client.AddGoalAsync(new { period = "week", metric = "distance", sport = "running", targetValue = 25000, title = "25 k a week" });
        await client.EnrolOkAsync(PlanApi.FiveKilometreBeginnerId, PlanApi.TodayUtc);
        var sku = await app.SeedSkuAsync();
        var order = (await client.PlaceOrderAsync(sku)).Id();
        await app.MarkDeliveredAsync(order);
        var product = await app.Services.QueryAsync<ShopDbContext, Guid>(db => db.Skus.Where(s => s.Id == sku).Select(s => s.ProductId).SingleAsync());
        (await client.PutReviewAsync(product, 4, "Erasable review.")).EnsureSuccessStatusCode();
        (await client.PutItemAsync(sku, 1)).EnsureSuccessStatusCode();
        await app.CreateClient().LoginAsync(email);
        return (client, new Seeded(userId, email, title, import.FirstActivityId(), fit));
    }

    public static async Task<JsonElement> RequestExportAsync(this HttpClient client)
    {
        var response = await client.PostAsync(Export, null);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, body);
        var export = JsonDocument.Parse(body).RootElement.Clone();
        response.Headers.Location!.ToString().ShouldBe($"{Exports}/{export.GetProperty("id").GetGuid()}");
        return export;
    }

    public static async Task<JsonElement> ReadyExportAsync(this HttpClient client, Guid exportId) =>
        await Eventually.ReturnsAsync(
            async () => await (await client.GetAsync($"{Exports}/{exportId}")).JsonAsync(),
            e => e.GetProperty("status").GetString() is "ready" or "failed",
            TimeSpan.FromSeconds(60), "the export to be built");

    public static async Task<ZipArchive> DownloadAsync(this HttpClient client, Guid exportId)
    {
        var response = await client.GetAsync($"{Exports}/{exportId}/download");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        return new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
    }

    public static Task<HttpResponseMessage> EraseAsync(this HttpClient client, string? password) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, Me) { Content = JsonContent.Create(new { password }) });

    public static byte[] Bytes(this ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string Text(this ZipArchiveEntry entry) => System.Text.Encoding.UTF8.GetString(entry.Bytes());
}
