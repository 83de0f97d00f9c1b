using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.BrowserTests.Portal.Accounts.Profile;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Shop;

[Collection(PortalCollection.Name)]
public sealed class ProductImagesTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_TheOperator_When_UploadingTwoImagesReorderingAndDeletingOne_Then_TheProductPageShowsTheRemainingOne()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (id, slug) = await SeedAsync(tag);
        var page = await portal.NewPageAsync();
        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: $"/admin/shop/products/{id}");
        await Expect(page.Locator("#product-admin[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#product-images-empty")).ToBeVisibleAsync();

        await page.SetInputFilesAsync("#product-image-file", new FilePayload { Name = "shoe.png", MimeType = "image/png", Buffer = TestPng.Make(400, 300) });
        await Expect(page.Locator("#product-images .product-image")).ToHaveCountAsync(1);
        await page.SetInputFilesAsync("#product-image-file", new FilePayload { Name = "side.png", MimeType = "image/png", Buffer = TestPng.Make(200, 200) });
        await Expect(page.Locator("#product-images .product-image")).ToHaveCountAsync(2);
        await Expect(page.Locator("#product-images-message")).ToBeVisibleAsync();
        var first = await page.Locator("#product-images .product-image").First.GetAttributeAsync("id");
        var second = await page.Locator("#product-images .product-image").Nth(1).GetAttributeAsync("id");
        await WaitLoadedAsync(page, "#product-images .product-image img");

        await page.Locator($"#{first} button[id^='product-image-later-']").ClickAsync();
        await Expect(page.Locator("#product-images .product-image").First).ToHaveAttributeAsync("id", second!);
        await page.Locator($"#{first} button[id^='product-image-delete-']").ClickAsync();
        await Expect(page.Locator("#product-images .product-image")).ToHaveCountAsync(1);
        await Expect(page.Locator("#product-images .product-image").First).ToHaveAttributeAsync("id", second!);

        await page.SetInputFilesAsync("#product-image-file", new FilePayload { Name = "notes.txt", MimeType = "image/png", Buffer = "just text"u8.ToArray() });
        await Expect(page.Locator("#product-images-message")).ToContainTextAsync("not a known image type");
        await Expect(page.Locator("#product-images .product-image")).ToHaveCountAsync(1);

        await page.GotoAsync($"/shop/p/{slug}");
        await Expect(page.Locator("#product-page[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#product-image-main")).ToHaveAttributeAsync("src", new Regex($"/api/v1/shop/images/{second!["product-image-".Length..]}$"));
        await WaitLoadedAsync(page, "#product-image-main");
    }

    /// <summary>Waits until every matching image has been fetched and decoded by the browser.</summary>
    private static async Task WaitLoadedAsync(IPage page, string selector) =>
        await page.WaitForFunctionAsync(
            "s => { const all = [...document.querySelectorAll(s)]; return all.length > 0 && all.every(i => i.complete && i.naturalWidth > 0); }", selector);

    private async Task<(Guid Id, string Slug)> SeedAsync(string tag)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var now = DateTime.UtcNow;
        var category = new Category { Id = Guid.CreateVersion7(), Slug = $"pictures-{tag}", NameEn = $"Pictures {tag}", NameRu = $"Картинки {tag}", CreatedAt = now };
        var product = new Product
        {
            Id = Guid.CreateVersion7(), CategoryId = category.Id, Slug = $"pictured-shoe-{tag}", NameEn = $"Pictured shoe {tag}", NameRu = $"Кроссовки {tag}",
            DescriptionEn = "With pictures.", DescriptionRu = "С картинками.", Brand = "Stridemax", Status = ProductStatus.Active,
            AttributesJson = "{}", PriceFromMinor = 4990, CreatedAt = now, UpdatedAt = now,
        };
        product.Skus.Add(new Sku { Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"P-{tag}-42", Size = "42", Colour = "Blue", PriceMinor = 4990, Stock = 3, Position = 0 });
        db.AddRange(category, product);
        await db.SaveChangesAsync();
        return (product.Id, product.Slug);
    }
}
