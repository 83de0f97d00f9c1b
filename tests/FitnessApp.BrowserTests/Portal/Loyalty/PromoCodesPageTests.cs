using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Loyalty;

[Collection(PortalCollection.Name)]
public sealed class PromoCodesPageTests(PortalFixture portal)
{
    private const string Path = "/admin/loyalty/promo-codes";

    [BrowserFact]
    public async Task Given_the_operator_When_they_create_a_promo_code_Then_it_is_listed_with_its_usage_and_can_be_deactivated()
    {
        var code = $"BROWSER{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        var page = await portal.NewPageAsync();
        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: Path);
        await Expect(page.Locator("#promo-codes-title")).ToHaveAttributeAsync("data-interactive", "true");

        await page.ClickAsync("#promo-code-new");
        await page.FillAsync("#promo-code-code", code.ToLowerInvariant());
        await page.FillAsync("#promo-code-percent", "150");
        await page.FillAsync("#promo-code-total-limit", "20");
        await page.FillAsync("#promo-code-countries", "DE, at");
        await page.ClickAsync("#promo-code-save");

        await Expect(page.Locator("#promo-code-errors li[data-field='percent']")).ToBeVisibleAsync();

        await page.FillAsync("#promo-code-percent", "15");
        await page.ClickAsync("#promo-code-save");

        await Expect(page.Locator("#promo-codes-message")).ToContainTextAsync(code);
        var row = page.Locator($"#promo-code-{code}");
        await Expect(row.Locator(".promo-code-discount")).ToHaveTextAsync("15 %");
        await Expect(row.Locator(".promo-code-uses")).ToContainTextAsync("0 of 20");
        await Expect(row).ToContainTextAsync("AT, DE");

        await row.Locator(".promo-code-deactivate").ClickAsync();

        await Expect(row).ToHaveAttributeAsync("data-active", "false");
    }

    [BrowserFact]
    public async Task Given_an_athlete_When_they_open_the_promo_codes_page_Then_access_is_refused()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Promo Hunter", PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Promo Hunter");

        await page.GotoAsync(Path);

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(page.Locator("#promo-codes-title")).ToHaveCountAsync(0);
    }
}
