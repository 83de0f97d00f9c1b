using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Accounts.Security;

[Collection(PortalCollection.Name)]
public sealed class AccountSecurityTests(PortalFixture portal)
{
    private const string NewPassword = "my freshly chosen password";

    [BrowserFact]
    public async Task Given_a_forgotten_password_When_the_mailed_link_is_opened_from_the_operators_mailbox_Then_the_new_password_signs_in()
    {
        var athlete = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await athlete.RegisterAsync("Forgetful Runner", email);
        await Expect(athlete.Locator("#email-unconfirmed-banner")).ToBeVisibleAsync();
        await athlete.SignOutAsync();

        await athlete.GotoAsync("/account/login");
        await athlete.ClickAsync("#login-forgot-link");
        await athlete.FillAsync("#forgot-email", email);
        await athlete.ClickAsync("#forgot-submit");
        await Expect(athlete.Locator("#forgot-sent")).ToContainTextAsync(email);

        var operatorPage = await portal.NewPageAsync();
        await operatorPage.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/mailbox");
        var message = await WaitForMessageAsync(operatorPage, email, "Reset your password");
        await message.Locator("a.mailbox-open").ClickAsync();
        await Expect(operatorPage.Locator("#mailbox-message-to")).ToHaveTextAsync(email);
        var link = await operatorPage.Locator("#mailbox-message-body a.mailbox-link").GetAttributeAsync("href");

        await athlete.GotoAsync(link!);
        await athlete.FillAsync("#reset-password", NewPassword);
        await athlete.ClickAsync("#reset-submit");
        await Expect(athlete.Locator("#reset-done")).ToBeVisibleAsync();

        await athlete.SignInAsync(email, NewPassword);
        await Expect(athlete).ToHaveURLAsync(new Regex("/home$"));
        await Expect(athlete.Locator("#user-display-name")).ToHaveTextAsync("Forgetful Runner");
        // The link proved the address: the reset confirmed it too.
        await Expect(athlete.Locator("#email-unconfirmed-banner")).ToHaveCountAsync(0);

        await operatorPage.GotoAsync($"/admin/audit?user={Uri.EscapeDataString(email)}");
        await Expect(operatorPage.Locator("tr.audit-row[data-kind='passwordReset']")).ToHaveCountAsync(1);
        await Expect(operatorPage.Locator("tr.audit-row[data-kind='signedIn']")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task Given_the_security_page_When_the_password_is_changed_Then_the_session_stays_and_the_new_password_signs_in()
    {
        var page = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await page.RegisterAsync("Careful Runner", email);
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Careful Runner");

        await page.GotoAsync("/account/security");
        await Expect(page.Locator("#security-email")).ToHaveTextAsync(email);
        await page.FillAsync("#change-password-current", "not my password at all");
        await page.FillAsync("#change-password-new", NewPassword);
        await page.ClickAsync("#change-password-submit");
        await Expect(page.Locator(".validation-message[data-field='currentPassword']")).ToBeVisibleAsync();

        await page.FillAsync("#change-password-current", PortalActions.AthletePassword);
        await page.FillAsync("#change-password-new", NewPassword);
        await page.ClickAsync("#change-password-submit");
        await Expect(page.Locator("#security-message")).ToBeVisibleAsync();
        await page.GotoAsync("/home");
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Careful Runner");

        var other = await portal.NewPageAsync();
        await other.SignInAsync(email, NewPassword);
        await Expect(other).ToHaveURLAsync(new Regex("/home$"));
    }

    [BrowserFact]
    public async Task Given_an_athlete_When_opening_the_operators_mailbox_Then_access_is_refused()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Nosy Runner", PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Nosy Runner");
        await Expect(page.Locator(".portal-nav a[href='/admin/mailbox']")).ToHaveCountAsync(0);

        await page.GotoAsync("/admin/mailbox");

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
    }

    /// <summary>The outbox sends after the request: reload the mailbox until the message is listed.</summary>
    private static async Task<ILocator> WaitForMessageAsync(IPage page, string to, string subject)
    {
        var row = page.Locator($"tr.mailbox-row[data-to='{to}']").Filter(new() { HasText = subject });
        for (var attempt = 0; attempt < 40 && await row.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.GotoAsync("/admin/mailbox");
        }

        await Expect(row.First).ToBeVisibleAsync();
        return row.First;
    }
}
