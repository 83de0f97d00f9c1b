using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Accounts.Data;

[Collection(PortalCollection.Name)]
public sealed class PersonalDataTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_the_data_page_When_an_export_is_requested_Then_it_becomes_ready_with_a_download_link()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Exporting Runner", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await OpenAsync(page);
        await Expect(page.Locator("#data-exports-empty")).ToBeVisibleAsync();
        await page.ClickAsync("#data-export-request");

        await Expect(page.Locator("tr.data-export[data-status='ready']")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        var link = page.Locator("a.data-export-download");
        await Expect(link).ToHaveCountAsync(1);
        var href = await link.GetAttributeAsync("href");
        href.ShouldNotBeNull().ShouldStartWith("/api/v1/accounts/me/exports/");
        var download = await page.APIRequest.GetAsync(href);
        download.Status.ShouldBe(200);
        download.Headers["content-type"].ShouldBe("application/zip");
    }

    [BrowserFact]
    public async Task Given_the_data_page_When_the_account_is_deleted_with_password_and_confirmation_Then_signed_out_and_cannot_sign_in_again()
    {
        var page = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await page.RegisterAsync("Leaving Runner", email);
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await OpenAsync(page);
        await page.ClickAsync("#data-delete-open");
        await Expect(page.Locator("#data-delete-dialog")).ToBeVisibleAsync();
        await page.FillAsync("#data-delete-password", "not the password at all");
        await page.FillAsync("#data-delete-confirm", "DELETE");
        await page.ClickAsync("#data-delete-submit");
        await Expect(page.Locator("#data-delete-error")).ToBeVisibleAsync();

        await page.FillAsync("#data-delete-password", PortalActions.AthletePassword);
        await page.ClickAsync("#data-delete-submit");

        await Expect(page).ToHaveURLAsync(new Regex("/account/login"), new() { Timeout = 15_000 });
        await Expect(page.Locator("#user-display-name")).ToHaveCountAsync(0);
        await page.SignInAsync(email, PortalActions.AthletePassword);
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(page.Locator("#user-display-name")).ToHaveCountAsync(0);
    }

    private static async Task OpenAsync(IPage page)
    {
        await page.GotoAsync("/account/data");
        await Expect(page.Locator("section[data-ready='true']")).ToBeVisibleAsync();
    }
}
