using System.Text;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Shop;

[Collection(PortalCollection.Name)]
public sealed class PartnerImportsPageTests(PortalFixture portal)
{
    private const string Path = "/admin/shop/imports";

    [BrowserFact]
    public async Task Given_the_operator_When_they_create_a_feed_and_upload_a_csv_Then_the_report_lists_what_was_created_and_rejected()
    {
        var code = $"b{Guid.NewGuid():N}"[..12];
        var category = "browser-" + code;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            db.Categories.Add(new Category { Id = Guid.CreateVersion7(), Slug = category, NameEn = "Browser", NameRu = "Браузер", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var page = await portal.NewPageAsync();
        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: Path);
        await Expect(page.Locator("#imports-title")).ToHaveAttributeAsync("data-interactive", "true");

        await page.ClickAsync("#feed-new");
        await page.FillAsync("#feed-code", code);
        await page.FillAsync("#feed-name", "Browser partner");
        await page.SelectOptionAsync("#feed-category", new SelectOptionValue { Label = category });
        await page.ClickAsync("#feed-save");

        await Expect(page.Locator("#imports-message")).ToContainTextAsync(code);
        await Expect(page.Locator($"#feed-{code}")).ToHaveAttributeAsync("data-selected", "true");

        var csv = "externalId,sku,name_en,name_ru,brand,sports,price,stock\n"
            + $"x1,{code}-1,Shoe,Обувь,Acme,running,50.00,3\n"
            + $"x1,{code}-2,Shoe,Обувь,Acme,running,55.00,1\n"
            + $"x2,{code}-3,Cap,Кепка,Acme,quidditch,10.00,1\n";
        await page.SetInputFilesAsync("#feed-upload", new FilePayload { Name = "partner.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

        await Expect(page.Locator("#run-report")).ToHaveAttributeAsync("data-status", "succeeded");
        await Expect(page.Locator("#run-report-summary")).ToContainTextAsync("3 rows: 1 products created");
        var rejected = page.Locator("#run-rejected .rejected-row");
        await Expect(rejected).ToHaveCountAsync(1);
        await Expect(rejected.Locator(".rejected-reason")).ToHaveTextAsync("unknown sport 'quidditch'");
        await Expect(page.Locator("#runs .run-row .run-created")).ToHaveTextAsync("1");
    }

    [BrowserFact]
    public async Task Given_an_athlete_When_they_open_the_imports_page_Then_access_is_refused()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Import Peeker", PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Import Peeker");

        await page.GotoAsync(Path);

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(page.Locator("#imports-title")).ToHaveCountAsync(0);
    }
}
