using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Shop;

[Collection(PortalCollection.Name)]
public sealed class CatalogJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_AProductInANestedCategory_When_BrowsingFromTheShopHome_Then_ChoosingAVariantShowsItsPriceAndStock()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (rootSlug, leafSlug, productSlug) = await SeedAsync(tag);
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Shop Browser", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await page.GotoAsync("/shop");
        await Expect(page.Locator("#shop-home[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#shop-offers")).ToBeHiddenAsync();
        await page.Locator($"#shop-category-{rootSlug}").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/shop/c/{rootSlug}$"));
        await Expect(page.Locator("#shop-list[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator($"#product-card-{productSlug}")).ToContainTextAsync("49.90");
        await page.Locator($"#product-link-{productSlug}").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/shop/p/{productSlug}$"));
        await Expect(page.Locator("#product-page[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#product-name")).ToContainTextAsync($"Journey shoe {tag}");
        await Expect(page.Locator($"#product-crumb-{leafSlug}")).ToBeVisibleAsync();
        await Expect(page.Locator("#add-to-cart")).ToBeVisibleAsync();
        await page.Locator("#product-size-43").ClickAsync();
        await page.Locator("#product-colour-blue").ClickAsync();
        await Expect(page.Locator("#product-price")).ToContainTextAsync("59.90");
        await Expect(page.Locator("#product-stock")).ToHaveAttributeAsync("data-available", "true");
        await page.Locator("#product-size-42").ClickAsync();
        await Expect(page.Locator("#product-price")).ToContainTextAsync("49.90");
        await Expect(page.Locator("#product-stock")).ToHaveAttributeAsync("data-available", "false");
    }

    private async Task<(string Root, string Leaf, string Product)> SeedAsync(string tag)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var now = DateTime.UtcNow;
        var root = new Category { Id = Guid.CreateVersion7(), Slug = $"journey-{tag}", NameEn = $"Journey {tag}", NameRu = $"Путь {tag}", CreatedAt = now };
        var leaf = new Category { Id = Guid.CreateVersion7(), ParentId = root.Id, Slug = $"journey-leaf-{tag}", NameEn = $"Leaf {tag}", NameRu = $"Лист {tag}", CreatedAt = now };
        var product = new Product
        {
            Id = Guid.CreateVersion7(), CategoryId = leaf.Id, Slug = $"journey-shoe-{tag}", NameEn = $"Journey shoe {tag}", NameRu = $"Кроссовки {tag}",
            DescriptionEn = "Light and fast.", DescriptionRu = "Лёгкие и быстрые.", Brand = "Stridemax", Status = ProductStatus.Active,
            AttributesJson = "{\"drop\":\"8 mm\"}", PriceFromMinor = 4990, CreatedAt = now, UpdatedAt = now,
        };
        product.Sports.Add(new ProductSport { ProductId = product.Id, Sport = Sport.Running });
        product.Skus.Add(new Sku { Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"J-{tag}-42", Size = "42", Colour = "Blue", PriceMinor = 4990, Stock = 0, Position = 0 });
        product.Skus.Add(new Sku { Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"J-{tag}-43", Size = "43", Colour = "Blue", PriceMinor = 5990, Stock = 5, Position = 1 });
        db.AddRange(root, leaf, product);
        await db.SaveChangesAsync();
        return (root.Slug, leaf.Slug, product.Slug);
    }
}
