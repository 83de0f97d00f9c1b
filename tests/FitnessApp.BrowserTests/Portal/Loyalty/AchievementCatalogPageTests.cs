using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Loyalty;

[Collection(PortalCollection.Name)]
public sealed class AchievementCatalogPageTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_the_operator_When_they_create_an_achievement_and_then_edit_it_Then_the_catalogue_shows_it()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/loyalty/achievements");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/loyalty/achievements$"));
        await Expect(page.Locator("section.achievement-catalog-page[data-interactive='true']")).ToBeVisibleAsync();
        var code = $"ride-{Guid.NewGuid():N}"[..20];

        await page.Locator("#catalog-new").ClickAsync();
        await page.Locator("#catalog-code").FillAsync("Not A Code");
        await page.Locator("#catalog-save").ClickAsync();
        await Expect(page.Locator("#catalog-errors")).ToContainTextAsync("code");

        await page.Locator("#catalog-code").FillAsync(code);
        await page.Locator("#catalog-checker").SelectOptionAsync("sportTotal");
        await page.Locator("#catalog-metric").SelectOptionAsync("distance");
        await page.Locator("#catalog-sport").SelectOptionAsync("cycling");
        await page.Locator("#catalog-target").FillAsync("100000");
        await page.Locator("#catalog-name-en").FillAsync("Century rider");
        await page.Locator("#catalog-name-ru").FillAsync("Сотня на велосипеде");
        await page.Locator("#catalog-description-en").FillAsync("Ride 100 km in total.");
        await page.Locator("#catalog-description-ru").FillAsync("Проедьте всего 100 км.");
        await page.Locator("#catalog-points").FillAsync("25");
        await page.Locator("#catalog-save").ClickAsync();

        await Expect(page.Locator("#catalog-saved")).ToBeVisibleAsync();
        var row = page.Locator($"#catalog-{code}");
        await Expect(row).ToContainTextAsync("Century rider");
        await Expect(row).ToContainTextAsync("sportTotal");
        await Expect(row).ToContainTextAsync("25");
        await Expect(page.Locator("#catalog-badge")).Not.ToHaveValueAsync(string.Empty);

        await page.Locator("#catalog-points").FillAsync("40");
        await page.Locator("#catalog-save").ClickAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("section.achievement-catalog-page[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator($"#catalog-{code}")).ToContainTextAsync("40");
    }
}
