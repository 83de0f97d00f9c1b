using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Devices;

[Collection(PortalCollection.Name)]
public sealed class ConnectionsPageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_configured_provider_When_the_athlete_connects_and_disconnects_Then_the_page_follows_each_step()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Provider Connector", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await page.GotoAsync("/devices/connections");
        await Expect(page.Locator(".connections-page")).ToHaveAttributeAsync("data-interactive", "true");
        var strava = page.Locator("#connection-strava");
        await Expect(strava).ToHaveAttributeAsync("data-status", "notConnected");
        await Expect(page.Locator("#connection-polar")).ToHaveAttributeAsync("data-status", "notConfigured");

        // Connect: our page → the provider's authorize page (approves at once) → our callback → back to the page.
        await page.Locator("#connection-connect-strava").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/devices/connections\\?connected=strava$"));
        await Expect(page.Locator("#connections-connected")).ToContainTextAsync("Strava");
        await Expect(strava).ToHaveAttributeAsync("data-status", "connected");
        await Expect(page.Locator("#connection-synced-strava")).ToHaveTextAsync("0");

        var deauthorizations = portal.Strava.Deauthorizations;
        await Expect(page.Locator(".connections-page")).ToHaveAttributeAsync("data-interactive", "true");
        await page.Locator("#connection-disconnect-strava").ClickAsync();

        await Expect(strava).ToHaveAttributeAsync("data-status", "disconnected");
        portal.Strava.Deauthorizations.ShouldBe(deauthorizations + 1);
    }
}
