using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal;

[Collection(PortalCollection.Name)]
public sealed class ProfileTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_new_athlete_When_they_save_their_profile_and_reload_Then_every_value_is_still_there()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Profile Walker", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await OpenAsync(page, "/account/profile");
        await Expect(page.Locator("#profile-max-hr-hint")).ToHaveTextAsync("Leave empty to use 220 − age.");
        await page.FillAsync("#profile-display-name", "Profile Runner");
        await page.FillAsync("#profile-bio", "Marathons and mountains.");
        await page.FillAsync("#profile-city", "Berlin");
        await page.SelectOptionAsync("#profile-country", "DE");
        await page.FillAsync("#profile-birth-date", "1990-05-17");
        await page.SelectOptionAsync("#profile-sex", "female");
        await page.FillAsync("#profile-height", "168.5");
        await page.FillAsync("#profile-weight", "61.2");
        await page.FillAsync("#profile-max-hr", "188");
        await page.FillAsync("#profile-resting-hr", "48");
        await page.CheckAsync("#profile-sport-running");
        await page.CheckAsync("#profile-sport-cycling");
        await page.ClickAsync("#profile-save");
        await Expect(page.Locator("#profile-saved")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await WaitUntilReadyAsync(page);
        await Expect(page.Locator("#profile-display-name")).ToHaveValueAsync("Profile Runner");
        await Expect(page.Locator("#profile-bio")).ToHaveValueAsync("Marathons and mountains.");
        await Expect(page.Locator("#profile-city")).ToHaveValueAsync("Berlin");
        await Expect(page.Locator("#profile-country")).ToHaveValueAsync("DE");
        await Expect(page.Locator("#profile-birth-date")).ToHaveValueAsync("1990-05-17");
        await Expect(page.Locator("#profile-sex")).ToHaveValueAsync("female");
        await Expect(page.Locator("#profile-height")).ToHaveValueAsync("168.5");
        await Expect(page.Locator("#profile-weight")).ToHaveValueAsync("61.2");
        await Expect(page.Locator("#profile-max-hr")).ToHaveValueAsync("188");
        await Expect(page.Locator("#profile-resting-hr")).ToHaveValueAsync("48");
        await Expect(page.Locator("#profile-sport-running")).ToBeCheckedAsync();
        await Expect(page.Locator("#profile-sport-cycling")).ToBeCheckedAsync();
        await Expect(page.Locator("#profile-sport-yoga")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Profile Runner");
    }

    [BrowserFact]
    public async Task Given_a_saved_profile_When_switching_to_imperial_and_then_to_Russian_Then_the_profile_shows_pounds_and_the_portal_speaks_Russian()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Unit Switcher", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await OpenAsync(page, "/account/profile");
        await page.FillAsync("#profile-height", "168.5");
        await page.FillAsync("#profile-weight", "61.2");
        await page.ClickAsync("#profile-save");
        await Expect(page.Locator("#profile-saved")).ToBeVisibleAsync();

        await OpenAsync(page, "/account/settings");
        await page.SelectOptionAsync("#settings-units", "imperial");
        await page.SelectOptionAsync("#settings-time-zone", "Europe/Berlin");
        await page.ClickAsync("#settings-save");
        await Expect(page.Locator("#settings-saved")).ToBeVisibleAsync();

        await OpenAsync(page, "/account/profile");
        await Expect(page.Locator("#profile-weight-unit")).ToHaveTextAsync("lb");
        await Expect(page.Locator("#profile-weight")).ToHaveValueAsync("134.9");
        await Expect(page.Locator("#profile-height-unit")).ToHaveTextAsync("in");
        await Expect(page.Locator("#profile-height")).ToHaveValueAsync("66.3");

        await OpenAsync(page, "/account/settings");
        await Expect(page.Locator("#settings-time-zone")).ToHaveValueAsync("Europe/Berlin");
        await page.SelectOptionAsync("#settings-language", "ru");
        await page.ClickAsync("#settings-save");

        await Expect(page.Locator("#settings-title")).ToHaveTextAsync("Настройки");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.Locator("#settings-saved")).ToBeVisibleAsync();
        await WaitUntilReadyAsync(page);
        await Expect(page.Locator("#settings-language")).ToHaveValueAsync("ru");
        await Expect(page.Locator("#settings-units")).ToHaveValueAsync("imperial");

        await OpenAsync(page, "/account/profile");
        await Expect(page.Locator("#profile-title")).ToHaveTextAsync("Ваш профиль");
        await Expect(page.Locator("#profile-weight-unit")).ToHaveTextAsync("фунт.");
        await Expect(page.Locator("#profile-weight")).ToHaveValueAsync("134.9");
    }

    [BrowserFact]
    public async Task Given_an_impossible_heart_rate_When_saving_the_profile_Then_the_field_says_what_is_wrong_and_nothing_is_saved()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Fast Heart", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await OpenAsync(page, "/account/profile");

        await page.FillAsync("#profile-city", "Oslo");
        await page.FillAsync("#profile-max-hr", "300");
        await page.ClickAsync("#profile-save");

        await Expect(page.Locator("#profile-error")).ToBeVisibleAsync();
        await Expect(page.Locator(".validation-message")).ToHaveTextAsync(["Enter a maximum heart rate from 100 to 240 bpm."]);
        await page.ReloadAsync();
        await WaitUntilReadyAsync(page);
        await Expect(page.Locator("#profile-city")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator("#profile-max-hr")).ToHaveValueAsync(string.Empty);
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitUntilReadyAsync(page);
    }

    /// <summary>The form answers once the circuit is up (before that, typing would go to the prerendered copy).</summary>
    private static Task WaitUntilReadyAsync(IPage page) => Expect(page.Locator("section[data-ready='true']")).ToBeVisibleAsync();
}
