using System.Text;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Accounts.Profile;

[Collection(PortalCollection.Name)]
public sealed class AvatarAndNotificationsTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_new_athlete_When_uploading_a_picture_on_the_profile_page_Then_a_256_pixel_square_is_shown_there_and_in_the_menu_and_can_be_removed()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Avatar Person", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await OpenAsync(page, "/account/profile");
        await Expect(page.Locator("#avatar-preview")).ToHaveTextAsync("AP");

        await page.SetInputFilesAsync("#avatar-file", new FilePayload { Name = "holiday.png", MimeType = "image/png", Buffer = TestPng.Make(400, 300) });

        await Expect(page.Locator("#avatar-status")).ToHaveTextAsync("Your profile picture was updated.");
        var preview = page.Locator("img#avatar-preview");
        await Expect(preview).ToHaveAttributeAsync("src", new Regex("/api/v1/accounts/.+/avatar\\?size=256&v="));
        await page.WaitForFunctionAsync("() => { const img = document.querySelector('img#avatar-preview'); return img && img.complete && img.naturalWidth > 0; }");
        (await preview.EvaluateAsync<int>("img => img.naturalWidth")).ShouldBe(256);
        (await preview.EvaluateAsync<int>("img => img.naturalHeight")).ShouldBe(256);

        await page.ReloadAsync();
        await WaitUntilReadyAsync(page);
        await Expect(page.Locator("img#account-avatar")).ToHaveAttributeAsync("src", new Regex("size=64"));

        await page.SetInputFilesAsync("#avatar-file", new FilePayload { Name = "notes.png", MimeType = "image/png", Buffer = Encoding.ASCII.GetBytes("just some text, not a picture") });
        await Expect(page.Locator("#avatar-error")).ToHaveTextAsync("This file is not a JPEG, PNG or WebP image.");
        await Expect(page.Locator("img#avatar-preview")).ToBeVisibleAsync();

        await page.ClickAsync("#avatar-remove");
        await Expect(page.Locator("#avatar-status")).ToHaveTextAsync("Your profile picture was removed.");
        await Expect(page.Locator("span#avatar-preview")).ToHaveTextAsync("AP");
    }

    [BrowserFact]
    public async Task Given_the_settings_page_When_switching_off_new_follower_emails_Then_the_switch_stays_off_after_a_reload()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Quiet Person", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await OpenAsync(page, "/account/settings");
        await Expect(page.Locator("#notify-new-followers")).ToBeCheckedAsync();

        await page.UncheckAsync("#notify-new-followers");
        await page.ClickAsync("#settings-save");
        await Expect(page.Locator("#settings-saved")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await WaitUntilReadyAsync(page);
        await Expect(page.Locator("#notify-new-followers")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("#notify-support-replies")).ToBeCheckedAsync();
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitUntilReadyAsync(page);
    }

    private static Task WaitUntilReadyAsync(IPage page) => Expect(page.Locator("section[data-ready='true']")).ToBeVisibleAsync();
}
