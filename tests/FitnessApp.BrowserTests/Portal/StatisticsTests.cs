using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal;

[Collection(PortalCollection.Name)]
public sealed class StatisticsTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_an_athlete_with_two_runs_today_When_they_open_statistics_and_records_Then_the_totals_and_the_longest_run_show()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Stats Runner", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        var today = DateTime.UtcNow.Date;
        var longest = await RecordRunAsync(page, today.AddMinutes(1), 10_000, 3_000);
        await RecordRunAsync(page, today.AddMinutes(2), 5_000, 1_500);

        await page.GotoAsync("/training/statistics");

        var total = page.Locator("#statistics-total");
        await Expect(total.Locator("[data-field=count]")).ToHaveTextAsync("2");
        await Expect(total.Locator("[data-field=distance]")).ToHaveTextAsync("15.00 km");
        await Expect(total.Locator("[data-field=moving]")).ToHaveTextAsync("1:15:00");
        await Expect(page.Locator("#statistics-totals tr[data-sport=running] [data-field=count]")).ToHaveTextAsync("2");
        await Expect(page.Locator("#statistics-streak-current")).ToHaveAttributeAsync("data-days", "1");
        await Expect(page.Locator("#statistics-recommendation")).ToHaveAttributeAsync("data-reason", new Regex("^[a-zA-Z]+$"));
        await Expect(page.Locator("#statistics-chart svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("#statistics-fitness-chart svg").First).ToBeVisibleAsync();

        await page.GotoAsync("/training/records");

        var distance = page.Locator("#records-running [data-record=longestDistance]");
        await Expect(distance).ToContainTextAsync("10.00 km");
        await Expect(distance.Locator("a")).ToHaveAttributeAsync("href", new Regex($"{longest}$"));
    }

    private static async Task<string> RecordRunAsync(IPage page, DateTime startUtc, double meters, int seconds)
    {
        var response = await page.Context.APIRequest.PostAsync("/api/v1/training/activities", new APIRequestContextOptions
        {
            DataObject = new
            {
                sport = "running",
                startTime = new DateTimeOffset(startUtc, TimeSpan.Zero).ToString("O"),
                timeZone = "UTC",
                elapsedSeconds = seconds,
                movingSeconds = seconds,
                distanceMeters = meters,
                perceivedEffort = 5,
            },
        });
        (await response.TextAsync()).ShouldNotBeNull();
        response.Status.ShouldBe(201, await response.TextAsync());
        return (await response.JsonAsync())!.Value.GetProperty("id").GetString()!;
    }
}
