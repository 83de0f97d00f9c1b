using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal;

[Collection(PortalCollection.Name)]
public sealed class OperatorsTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_the_operator_When_they_open_the_jobs_dashboard_Then_they_see_it()
    {
        var page = await portal.NewPageAsync();

        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/ops/jobs");

        await Expect(page).ToHaveURLAsync(new Regex("/ops/jobs$"));
        await Expect(page.Locator("#jobs-dashboard-title")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Given_the_operator_When_signed_in_Then_the_sidebar_has_the_operators_jobs_entry()
    {
        var page = await portal.NewPageAsync();

        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await Expect(page.Locator(".portal-nav a[href='/ops/jobs']")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Given_an_athlete_When_they_open_the_jobs_dashboard_Then_access_is_refused()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Curious Athlete", PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Curious Athlete");
        await Expect(page.Locator(".portal-nav a[href='/ops/jobs']")).ToHaveCountAsync(0);

        await page.GotoAsync("/ops/jobs");

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(page.Locator("#access-denied-title")).ToHaveTextAsync("Access denied");
        await Expect(page.Locator("#jobs-dashboard-title")).ToHaveCountAsync(0);
    }
}
