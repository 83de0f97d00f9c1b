using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal;

/// <summary>The Training issue's main journey: manual entry → activity detail → statistics dashboard, in the athlete's units.</summary>
[Collection(PortalCollection.Name)]
public sealed class TrainingJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_an_athlete_who_uses_miles_When_they_enter_a_run_by_hand_Then_the_detail_and_the_statistics_dashboard_show_it_in_miles()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Journey Runner", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await page.GotoAsync("/account/settings");
        await Expect(page.Locator("[data-ready='true']")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#settings-units", "imperial");
        await page.ClickAsync("#settings-save");
        await Expect(page.Locator("#settings-saved")).ToBeVisibleAsync();

        await page.GotoAsync("/training/activities/new");
        await Expect(page.Locator("[data-interactive='true'] #activity-submit")).ToBeVisibleAsync();
        await page.FillAsync("#activity-title", "Six miles by the lake");
        await page.FillAsync("#activity-elapsed", "50:00");
        await page.FillAsync("#activity-distance", "6");
        await page.ClickAsync("#activity-submit");

        await Expect(page).ToHaveURLAsync(new Regex("/training/activities/[0-9a-f-]{36}$"));
        await Expect(page.Locator("#activity-title")).ToHaveTextAsync("Six miles by the lake");
        await Expect(page.Locator("#stat-distance")).ToHaveTextAsync("6.00 mi");
        await Expect(page.Locator("#stat-pace")).ToHaveTextAsync("8:20 /mi");

        await page.GotoAsync("/training/statistics");
        var total = page.Locator("#statistics-total");
        await Expect(total.Locator("[data-field=count]")).ToHaveTextAsync("1");
        await Expect(total.Locator("[data-field=distance]")).ToHaveTextAsync("6.00 mi");
        await Expect(total.Locator("[data-field=moving]")).ToHaveTextAsync("50:00");
        await Expect(page.Locator("#statistics-chart svg").First).ToBeVisibleAsync();
    }
}
