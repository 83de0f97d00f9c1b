using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.BrowserTests.Portal.Social;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Shop;

[Collection(PortalCollection.Name)]
public sealed class ReviewsTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_an_athlete_with_a_delivered_order_When_they_review_on_the_product_page_Then_the_average_changes_and_an_operator_can_hide_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var slug = await SeedProductAsync(tag);
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Review Writer", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await page.GotoAsync($"/shop/p/{slug}");
        await Expect(page.Locator("#reviews[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#review-who")).ToBeVisibleAsync();
        await Expect(page.Locator("#reviews-average")).ToHaveAttributeAsync("data-count", "1");

        await DeliverAsync(await page.UserIdAsync(), slug);
        await page.ReloadAsync();
        await Expect(page.Locator("#reviews[data-interactive='true']")).ToBeVisibleAsync();
        await page.ClickAsync("#review-star-4");
        await Expect(page.Locator("#review-star-4")).ToHaveAttributeAsync("aria-checked", "true");
        await page.FillAsync("#review-title", "Light and fast");
        await page.FillAsync("#review-text", $"Great on tempo days {tag}.");
        await page.ClickAsync("#review-save");

        await Expect(page.Locator("#review-message")).ToBeVisibleAsync();
        await Expect(page.Locator("#reviews-average")).ToHaveAttributeAsync("data-count", "2");
        await Expect(page.Locator("#reviews-average")).ToHaveAttributeAsync("data-average", "3.00");
        await Expect(page.Locator("#reviews-bar-4")).ToHaveAttributeAsync("data-count", "1");
        await Expect(page.Locator("#reviews-list")).ToContainTextAsync($"Great on tempo days {tag}.");

        var reviewId = await ReviewIdAsync(tag);
        var operators = await portal.NewPageAsync();
        await operators.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/shop/reviews");
        await Expect(operators.Locator("#reviews-admin-title")).ToHaveAttributeAsync("data-interactive", "true");
        var row = operators.Locator($"#review-row-{reviewId}");
        await row.Locator(".review-hide").ClickAsync();
        await operators.FillAsync("#review-reason", "Off-topic");
        await operators.ClickAsync("#review-confirm");

        await Expect(row).ToHaveAttributeAsync("data-status", "hidden");
        await Expect(row.Locator(".review-moderation")).ToContainTextAsync("Off-topic");
        await operators.SelectOptionAsync("#reviews-admin-status", "hidden");
        await Expect(operators.Locator(".review-row")).ToHaveCountAsync(await HiddenCountAsync());

        await page.ReloadAsync();
        await Expect(page.Locator("#reviews[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#reviews-average")).ToHaveAttributeAsync("data-average", "2.00");
        await Expect(page.Locator("#review-hidden")).ToContainTextAsync("Off-topic");
        await Expect(page.Locator("#reviews-list")).Not.ToContainTextAsync($"Great on tempo days {tag}.");
    }

    /// <summary>A product that another customer already rated 2 stars (so the average moves when the athlete adds theirs).</summary>
    private async Task<string> SeedProductAsync(string tag)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var now = DateTime.UtcNow;
        var category = new Category { Id = Guid.CreateVersion7(), Slug = $"reviews-{tag}", NameEn = $"Reviews {tag}", NameRu = $"Отзывы {tag}", CreatedAt = now };
        var product = new Product
        {
            Id = Guid.CreateVersion7(), CategoryId = category.Id, Slug = $"review-shoe-{tag}", NameEn = $"Review shoe {tag}", NameRu = $"Кроссовки {tag}",
            Brand = "Stridemax", Status = ProductStatus.Active, PriceFromMinor = 4990, RatingAverage = 2, RatingCount = 1, CreatedAt = now, UpdatedAt = now,
        };
        product.Skus.Add(new Sku { Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"R-{tag}", Size = "42", Colour = "Blue", PriceMinor = 4990, Stock = 5 });
        db.AddRange(category, product);
        db.ProductReviews.Add(new Modules.Shop.Reviews.ProductReview
        {
            Id = Guid.CreateVersion7(), ProductId = product.Id, AuthorId = Guid.NewGuid(), Rating = 2, Text = "Too narrow for me.",
            Status = Modules.Shop.Reviews.ReviewStatus.Published, CreatedAt = now.AddDays(-1), UpdatedAt = now.AddDays(-1),
        });
        await db.SaveChangesAsync();
        return product.Slug;
    }

    /// <summary>A delivered order of the product for the athlete, as the order lifecycle leaves it.</summary>
    private async Task DeliverAsync(Guid athleteId, string slug)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var product = await db.Products.Include(p => p.Skus).SingleAsync(p => p.Slug == slug);
        var sku = product.Skus[0];
        var now = DateTime.UtcNow;
        var order = new Order
        {
            Id = Guid.CreateVersion7(), CustomerId = athleteId, IdempotencyKey = Guid.NewGuid().ToString(), RequestHash = new string('0', 64),
            Status = OrderStatus.Delivered, PaymentMethod = PaymentMethod.CashOnDelivery, Currency = "EUR", SubtotalMinor = sku.PriceMinor,
            ShippingMinor = 490, TotalMinor = sku.PriceMinor + 490, PaidMinor = sku.PriceMinor + 490, ShipName = "Review Writer", ShipLine1 = "Hauptstr. 1",
            ShipCity = "Berlin", ShipPostalCode = "10115", ShipCountry = "DE", PlacedAt = now.AddDays(-5), PaidAt = now, ShippedAt = now.AddDays(-3),
            DeliveredAt = now, UpdatedAt = now,
        };
        order.Lines.Add(new OrderLine
        {
            Id = Guid.CreateVersion7(), OrderId = order.Id, SkuId = sku.Id, ProductId = product.Id, SkuCode = sku.Code, ProductNameEn = product.NameEn,
            ProductNameRu = product.NameRu, Size = sku.Size, Colour = sku.Colour, UnitPriceMinor = sku.PriceMinor, Quantity = 1, LineTotalMinor = sku.PriceMinor,
        });
        db.Orders.Add(order);
        await db.SaveChangesAsync();
    }

    private async Task<Guid> ReviewIdAsync(string tag)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var text = $"Great on tempo days {tag}.";
        return await db.ProductReviews.Where(r => r.Text == text).Select(r => r.Id).SingleAsync();
    }

    private async Task<int> HiddenCountAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return Math.Min(20, await db.ProductReviews.CountAsync(r => r.Status == Modules.Shop.Reviews.ReviewStatus.Hidden));
    }
}
