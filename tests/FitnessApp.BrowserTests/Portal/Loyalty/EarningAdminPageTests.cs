using System.Globalization;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Loyalty;

[Collection(PortalCollection.Name)]
public sealed class EarningAdminPageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_the_operator_When_they_edit_a_rule_and_create_a_campaign_Then_both_are_saved_and_shown()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/loyalty/rules");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/loyalty/rules$"));
        await Expect(page.Locator("section.earning-rules-page[data-ready='true']")).ToBeVisibleAsync();

        await page.Locator("#rule-skiing-km").FillAsync("4.5");
        await page.Locator("#rule-skiing-save").ClickAsync();

        await Expect(page.Locator("#rules-message")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("section.earning-rules-page[data-ready='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#rule-skiing-km")).ToHaveValueAsync("4.5");

        await page.GotoAsync("/admin/loyalty/campaigns");
        await Expect(page.Locator("section.campaigns-page[data-ready='true']")).ToBeVisibleAsync();
        var name = $"Browser rowing {Guid.NewGuid():N}"[..30];
        var start = new DateTime(2031, 1, 1).AddDays(Random.Shared.Next(0, 3000));
        await page.Locator("#campaign-name").FillAsync(name);
        await page.Locator("#campaign-sport").SelectOptionAsync("rowing");
        await page.Locator("#campaign-multiplier").FillAsync("3");
        await page.Locator("#campaign-starts").FillAsync(start.ToString("yyyy-MM-ddT10:00", CultureInfo.InvariantCulture));
        await page.Locator("#campaign-ends").FillAsync(start.AddDays(2).ToString("yyyy-MM-ddT10:00", CultureInfo.InvariantCulture));
        await page.Locator("#campaign-create").ClickAsync();

        await Expect(page.Locator("#campaigns-message")).ToBeVisibleAsync();
        var row = page.Locator($"tr.campaign-row[data-name='{name}']");
        await Expect(row).ToHaveAttributeAsync("data-status", "scheduled");
        await Expect(row.Locator(".campaign-multiplier")).ToHaveTextAsync("×3");

        // The form clears the name after a create; the same campaign again overlaps the one just made.
        await page.Locator("#campaign-name").FillAsync(name);
        await page.Locator("#campaign-create").ClickAsync();
        await Expect(page.Locator("#campaigns-error")).ToContainTextAsync(name);
    }
}
