using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal;

[Collection(PortalCollection.Name)]
public sealed class VisitorTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_visitor_When_they_open_the_start_page_Then_they_see_the_landing_page_with_calls_to_action()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.Locator("#landing-title")).ToHaveTextAsync("Every workout counts. Make it count together.");
        await Expect(page.Locator("#landing-register")).ToHaveAttributeAsync("href", "/account/register");
        await Expect(page.Locator("#landing-sign-in")).ToHaveAttributeAsync("href", "/account/login");
        await Expect(page.Locator("#user-display-name")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Given_a_visitor_When_they_open_a_members_page_Then_they_are_sent_to_sign_in_and_brought_back_afterwards()
    {
        var page = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await page.RegisterAsync("Kira Returning", email);
        await page.SignOutAsync();
        await Expect(page.Locator("#landing-title")).ToBeVisibleAsync();

        await page.GotoAsync("/home");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Fhome$", RegexOptions.IgnoreCase));
        await page.FillAsync("#login-email", email);
        await page.FillAsync("#login-password", PortalActions.AthletePassword);
        await page.ClickAsync("#login-submit");

        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await Expect(page.Locator("#home-greeting")).ToHaveTextAsync("Welcome, Kira Returning!");
    }

    [BrowserFact]
    public async Task Given_a_visitor_When_they_switch_to_Russian_Then_the_portal_speaks_Russian_until_switched_back()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.ClickAsync("#culture-ru");

        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.Locator("#login-title")).ToHaveTextAsync("Вход");
        await Expect(page.Locator("#header-sign-in")).ToHaveTextAsync("Войти");

        await page.GotoAsync("/");
        await Expect(page.Locator("#landing-title")).ToHaveTextAsync("Каждая тренировка важна. Тренируйтесь вместе.");

        await page.ClickAsync("#culture-en");
        await Expect(page.Locator("#landing-title")).ToHaveTextAsync("Every workout counts. Make it count together.");
    }
}
