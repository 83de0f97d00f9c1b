using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Accounts.Consent;

[Collection(PortalCollection.Name)]
public sealed class ConsentTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_visitor_When_registering_with_the_terms_and_the_health_consent_and_confirming_the_mailed_link_Then_the_account_is_confirmed_and_the_privacy_page_shows_both()
    {
        var athlete = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await athlete.GotoAsync("/legal/terms");
        await Expect(athlete.Locator("#legal-terms-title")).ToHaveTextAsync("Terms of use");
        await Expect(athlete.Locator("#legal-terms-version")).ToContainTextAsync("2026-11-01");
        await athlete.ClickAsync("#legal-terms-privacy-link");
        await Expect(athlete.Locator("#legal-privacy-health")).ToContainTextAsync("explicit consent");

        await athlete.GotoAsync("/account/register");
        await Expect(athlete.Locator("#register-terms-link")).ToHaveAttributeAsync("href", "/legal/terms");
        await Expect(athlete.Locator("#register-privacy-link")).ToHaveAttributeAsync("href", "/legal/privacy");
        await Expect(athlete.Locator("#register-health-consent")).Not.ToBeCheckedAsync();
        await athlete.FillAsync("#register-display-name", "Careful Consenter");
        await athlete.FillAsync("#register-email", email);
        await athlete.FillAsync("#register-password", PortalActions.AthletePassword);
        await athlete.ClickAsync("#register-submit");
        await Expect(athlete.Locator(".validation-message")).ToHaveTextAsync(["Accept the terms of use and the privacy policy to create an account."]);
        await Expect(athlete.Locator("#user-display-name")).ToHaveCountAsync(0);

        await athlete.FillAsync("#register-password", PortalActions.AthletePassword);
        await athlete.CheckAsync("#register-accept-terms");
        await athlete.CheckAsync("#register-health-consent");
        await athlete.ClickAsync("#register-submit");
        await Expect(athlete).ToHaveURLAsync(new Regex("/home$"));
        await Expect(athlete.Locator("#email-unconfirmed-banner")).ToBeVisibleAsync();
        await Expect(athlete.Locator("#terms-outdated-banner")).ToHaveCountAsync(0);

        var operatorPage = await portal.NewPageAsync();
        await operatorPage.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/mailbox");
        var message = await WaitForMessageAsync(operatorPage, email, "Confirm your email address");
        await message.Locator("a.mailbox-open").ClickAsync();
        var link = await operatorPage.Locator("#mailbox-message-body a.mailbox-link").GetAttributeAsync("href");
        await athlete.GotoAsync(link!);
        await Expect(athlete.Locator("#confirm-done")).ToBeVisibleAsync();
        await athlete.GotoAsync("/home");
        await Expect(athlete.Locator("#email-unconfirmed-banner")).ToHaveCountAsync(0);

        await athlete.GotoAsync("/account/privacy");
        await Expect(athlete.Locator("#privacy-terms-accepted")).ToContainTextAsync("2026-11-01");
        await Expect(athlete.Locator("#privacy-health-granted")).ToBeVisibleAsync();

        await operatorPage.GotoAsync($"/admin/audit?user={Uri.EscapeDataString(email)}");
        await Expect(operatorPage.Locator("tr.audit-row[data-kind='registered']")).ToContainTextAsync("version 2026-11-01; health-data consent given");
        await Expect(operatorPage.Locator("tr.audit-row[data-kind='emailConfirmed']")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task Given_an_athlete_with_consent_When_withdrawing_it_on_the_privacy_page_Then_the_health_page_explains_and_links_back_and_consent_can_be_given_again()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Private Runner", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await page.GotoAsync("/devices/health");
        await Expect(page.Locator("#health-title")).ToBeVisibleAsync();
        await Expect(page.Locator("#health-consent-missing")).ToHaveCountAsync(0);

        await page.GotoAsync("/account/privacy");
        await Expect(page.Locator(".privacy-page")).ToHaveAttributeAsync("data-ready", "true");
        await page.ClickAsync("#privacy-health-withdraw");
        await Expect(page.Locator("#privacy-health-not-granted")).ToBeVisibleAsync();
        await Expect(page.Locator("#privacy-saved")).ToBeVisibleAsync();

        await page.GotoAsync("/devices/health");
        await Expect(page.Locator("#health-consent-missing")).ToBeVisibleAsync();
        // A click while the prerendered page is being replaced by the interactive one can be lost.
        await Expect(page.Locator(".health-page")).ToHaveAttributeAsync("data-interactive", "true");
        await page.ClickAsync("#health-consent-link");
        await Expect(page).ToHaveURLAsync(new Regex("/account/privacy$"));
        await Expect(page.Locator(".privacy-page")).ToHaveAttributeAsync("data-ready", "true");
        await page.ClickAsync("#privacy-health-grant");
        await Expect(page.Locator("#privacy-health-granted")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Given_a_russian_visitor_When_opening_the_privacy_policy_Then_it_reads_in_russian()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync($"/culture?culture=ru&returnUrl={Uri.EscapeDataString("/legal/privacy")}");

        await Expect(page.Locator("#legal-privacy-title")).ToHaveTextAsync("Политика конфиденциальности");
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
