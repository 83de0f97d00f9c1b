using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Devices.Push;

[Collection(PortalCollection.Name)]
public sealed class DevicePushTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_an_athlete_When_registering_a_watch_pushing_with_its_token_and_revoking_it_Then_the_token_is_shown_once_the_health_page_shows_the_data_and_the_token_stops_working()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Device Owner", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await page.GotoAsync("/devices");
        await Expect(page.Locator("#devices-empty")).ToBeVisibleAsync();
        await Expect(page.Locator(".devices-page")).ToHaveAttributeAsync("data-interactive", "true");
        await page.SelectOptionAsync("#devices-kind", "Watch");
        await page.FillAsync("#devices-name", "Wrist watch");
        await page.ClickAsync("#devices-register");
        await Expect(page.Locator("#devices-token")).ToHaveTextAsync(new Regex("^fad_[A-Za-z0-9_-]{43}$"));
        await Expect(page.Locator("#devices-token-warning")).ToBeVisibleAsync();
        await Expect(page.Locator("#devices-token-copy")).ToBeVisibleAsync();
        var token = (await page.Locator("#devices-token").TextContentAsync())!;
        var row = page.Locator("#devices-list tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-field=name]")).ToHaveTextAsync("Wrist watch");

        await page.ClickAsync("#devices-token-done");
        await Expect(page.Locator("#devices-token")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(page.Locator("#devices-list")).ToBeVisibleAsync();
        (await page.ContentAsync()).ShouldNotContain(token);

        var yesterday = DateTime.UtcNow.Date.AddDays(-1);
        (await PushAsync(token, yesterday)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await page.GotoAsync("/devices/health");
        await Expect(page.Locator("#health-data")).ToHaveAttributeAsync("data-days", new Regex("^[1-9]"));
        await Expect(page.Locator("#health-steps-average")).ToHaveTextAsync(new Regex("6[,. \u00a0]?543"));
        await Expect(page.Locator("#health-resting-latest")).ToHaveTextAsync("49 bpm");
        await Expect(page.Locator("#health-weight-latest")).ToHaveTextAsync(new Regex("68[.,]4 kg"));
        await Expect(page.Locator("#health-steps-chart")).ToHaveAttributeAsync("data-points", "1");

        await page.GotoAsync($"/training/calendar?month={yesterday:yyyy-MM}");
        await Expect(page.Locator($".calendar-day[data-date='{yesterday:yyyy-MM-dd}'] .calendar-steps")).ToHaveAttributeAsync("data-steps", "6543");

        await page.GotoAsync("/devices");
        await Expect(page.Locator(".devices-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(row.Locator("[data-field=last-seen]")).Not.ToHaveTextAsync("never");
        var rowId = (await row.GetAttributeAsync("id"))!;
        var deviceId = rowId["device-row-".Length..];
        await page.ClickAsync($"#devices-revoke-{deviceId}");
        await page.ClickAsync($"#devices-revoke-confirm-{deviceId}");
        await Expect(row).ToHaveAttributeAsync("data-revoked", "true");
        (await PushAsync(token, yesterday)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpResponseMessage> PushAsync(string token, DateTime day)
    {
        using var client = new HttpClient { BaseAddress = portal.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Device", token);
        return await client.PostAsJsonAsync("/api/v1/devices/samples", new
        {
            samples = new object[]
            {
                new { type = "steps", start = day.AddHours(9), end = day.AddHours(10), count = 6543 },
                new { type = "restingHeartRate", time = day.AddHours(7), bpm = 49 },
                new { type = "weight", time = day.AddHours(7), kg = 68.4 },
                new { type = "sleep", start = day.AddHours(-1), end = day.AddHours(6) },
            },
        });
    }
}
