using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Devices;

[Collection(PortalCollection.Name)]
public sealed partial class ImportPageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_signed_in_athlete_When_a_GPX_file_is_uploaded_on_the_import_page_Then_its_result_links_to_the_new_activity()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("File Importer", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        var file = Path.Combine(Path.GetTempPath(), $"browser-import-{Guid.NewGuid():N}.gpx");
        await File.WriteAllTextAsync(file, Gpx("Lakeside import run"));

        try
        {
            await page.GotoAsync("/devices/import");
            await Expect(page.Locator("#import-recent-empty")).ToBeVisibleAsync();
            await Expect(page.Locator(".import-page")).ToHaveAttributeAsync("data-interactive", "true");
            await page.SetInputFilesAsync("#import-files", file);

            var upload = page.Locator(".import-upload");
            await Expect(upload).ToHaveAttributeAsync("data-status", "imported");
            await Expect(page.Locator("#import-status-0")).ToHaveTextAsync("Imported");
            await Expect(page.Locator(".import-recent-item")).ToHaveCountAsync(1);
            await upload.Locator(".import-activity-link").ClickAsync();

            await Expect(page).ToHaveURLAsync(ActivityUrl());
            await Expect(page.Locator("#activity-title")).ToHaveTextAsync("Lakeside import run");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Ten minutes north at 3 m/s, one point every 10 s.</summary>
    private static string Gpx(string name)
    {
        var start = DateTime.UtcNow.AddHours(-3);
        var points = new StringBuilder();
        for (var i = 0; i <= 60; i++)
        {
            var latitude = 47.0 + (i * 30 / 111_195.0);
            points.Append(CultureInfo.InvariantCulture, $"""<trkpt lat="{latitude:0.0000000}" lon="8.5"><ele>400</ele><time>{start.AddSeconds(i * 10):yyyy-MM-ddTHH:mm:ssZ}</time></trkpt>""");
        }

        return $"""<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="Browser test" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>{name}</name><type>running</type><trkseg>{points}</trkseg></trk></gpx>""";
    }

    private static Regex ActivityUrl() => ActivityUrlPattern();

    [GeneratedRegex("/training/activities/[0-9a-f-]{36}$")]
    private static partial Regex ActivityUrlPattern();
}
