using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Devices.Imports;

/// <summary>Uploads through the API as a client would send them, and the files to upload.</summary>
internal static class ImportApi
{
    public const string Url = "/api/v1/devices/imports";

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync(Url, form);
    }

    public static async Task<JsonElement> ImportedAsync(this HttpClient client, string fileName, byte[] content)
    {
        var response = await client.UploadAsync(fileName, content);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Guid FirstActivityId(this JsonElement import) => import.GetProperty("activities")[0].GetProperty("activityId").GetGuid();

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>The same GPX with another comment: another content hash, the same device and start time.</summary>
    public static byte[] WithComment(byte[] xml, string comment) =>
        [.. xml, .. Encoding.UTF8.GetBytes($"\n<!-- {comment} -->\n")];

    /// <summary>A billion-laughs document dressed as GPX.</summary>
    public static byte[] XmlBomb() => Encoding.UTF8.GetBytes(
        """
        <?xml version="1.0"?>
        <!DOCTYPE gpx [
          <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
        ]>
        <gpx version="1.1" creator="&d;"><trk><trkseg><trkpt lat="1" lon="1"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>
        """);

    public static Task<int> ImportRowsAsync(this FitnessAppFactory app, Guid athleteId) =>
        app.Services.QueryAsync<DevicesDbContext, int>(db => db.Imports.CountAsync(i => i.AthleteId == athleteId));

    public static Task<int> ActivitiesOfAsync(this FitnessAppFactory app, Guid athleteId) =>
        app.Services.QueryAsync<TrainingDbContext, int>(db => db.Activities.CountAsync(a => a.OwnerId == athleteId));

    public static async Task<JsonElement> ActivityAsync(this HttpClient client, Guid activityId) =>
        await (await client.GetAsync($"{ActivityApi.Url}/{activityId}")).JsonAsync();
}
