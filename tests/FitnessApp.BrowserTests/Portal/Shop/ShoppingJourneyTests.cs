using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Promotions.CreatePromoCode;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Shop;

[Collection(PortalCollection.Name)]
public sealed class ShoppingJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_an_athlete_with_points_and_a_promo_code_When_buying_a_variant_and_paying_by_card_Then_the_order_is_paid_with_the_server_totals_and_can_be_cancelled()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (slug, soldOut, inStock) = await SeedProductAsync(tag);
        var code = $"JOURNEY{tag}".ToUpperInvariant();
        await CreateCodeAsync(code);
        var email = PortalActions.NewEmail();
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Shop Journey", email);
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        var userId = await UserIdAsync(email);
        await CreditAsync(userId, 1500);

        // Product page: the sold-out variant cannot be chosen; 43 / Blue goes in the cart.
        await page.GotoAsync($"/shop/p/{slug}");
        await Expect(page.Locator("#product-page[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator($"#add-to-cart-option-{soldOut}")).ToBeDisabledAsync();
        await page.Locator("#add-to-cart-variant").SelectOptionAsync(inStock.ToString());
        await page.Locator("#add-to-cart-submit").ClickAsync();
        await Expect(page.Locator("#add-to-cart-added")).ToBeVisibleAsync();
        await page.Locator("#add-to-cart-view-cart").ClickAsync();

        // Cart: two of them.
        await Expect(page).ToHaveURLAsync(new Regex("/shop/cart$"));
        await Expect(page.Locator("#cart-page[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator($"#cart-line-{inStock}")).ToContainTextAsync($"Journey jacket {tag}");
        await Expect(page.Locator("#cart-subtotal")).ToContainTextAsync("30.00");
        await page.Locator($"#cart-quantity-{inStock}").FillAsync("2");
        await page.Locator($"#cart-quantity-{inStock}").PressAsync("Tab");
        await Expect(page.Locator("#cart-subtotal")).ToContainTextAsync("60.00");
        await page.Locator("#cart-checkout").ClickAsync();

        // Checkout: 60.00 − 6.00 (10 % promo) = 54.00 goods, free shipping; 1000 points pay 10.00 → 44.00.
        await Expect(page).ToHaveURLAsync(new Regex("/shop/checkout$"));
        await Expect(page.Locator("#checkout-page[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#checkout-name")).ToHaveValueAsync("Shop Journey");
        await Expect(page.Locator("#checkout-points-balance")).ToHaveAttributeAsync("data-available", "1500");
        await Expect(page.Locator("#checkout-total")).ToContainTextAsync("60.00");
        await page.Locator("#checkout-line1").FillAsync("Hauptstr. 1");
        await page.Locator("#checkout-city").FillAsync("Berlin");
        await page.Locator("#checkout-postal-code").FillAsync("10115");
        await page.Locator("#checkout-country").SelectOptionAsync("DE");
        await page.Locator("#checkout-promo").FillAsync(code.ToLowerInvariant());
        await page.Locator("#checkout-promo").PressAsync("Tab");
        await Expect(page.Locator("#checkout-discount")).ToContainTextAsync("6.00");
        await page.Locator("#checkout-points").FillAsync("1000");
        await page.Locator("#checkout-points").PressAsync("Tab");
        await Expect(page.Locator("#checkout-points-value")).ToContainTextAsync("10.00");
        await Expect(page.Locator("#checkout-shipping")).ToContainTextAsync("Free");
        await Expect(page.Locator("#checkout-total")).ToContainTextAsync("44.00");
        await Expect(page.Locator("#checkout-payment-card")).ToBeCheckedAsync();
        await page.Locator("#checkout-place").DblClickAsync();

        // Pay by card: our pay page, the processor's hosted page, back to the pay page once the signed webhook has arrived.
        await Expect(page).ToHaveURLAsync(new Regex("/shop/orders/[0-9a-f-]{36}/pay$"));
        await Expect(page.Locator("#order-payment[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#payment-status")).ToHaveAttributeAsync("data-status", "requiresPayment");
        await Expect(page.Locator("#payment-total")).ToContainTextAsync("44.00");
        (await OrderCountAsync(userId)).ShouldBe(1, "a double click places one order");
        await page.Locator("#payment-pay").ClickAsync();
        await Expect(page.Locator("#fake-processor")).ToContainTextAsync("Pay 44.00");
        await page.Locator("#fake-pay").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/shop/orders/[0-9a-f-]{36}/pay[?]payment_intent=pi_"));
        await Expect(page.Locator("#order-payment[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#payment-status")).ToHaveAttributeAsync("data-status", "succeeded");
        await page.Locator("#payment-order-link").ClickAsync();

        // The order page shows it paid, with the server's totals; then My orders.
        await Expect(page).ToHaveURLAsync(new Regex("/shop/orders/[0-9a-f-]{36}$"));
        await Expect(page.Locator("#order-page[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#order-status")).ToHaveAttributeAsync("data-status", "paid");
        await Expect(page.Locator("#order-step-paid")).ToBeVisibleAsync();
        await Expect(page.Locator("#order-total")).ToContainTextAsync("44.00");
        await Expect(page.Locator("#order-discount")).ToContainTextAsync(code);
        await Expect(page.Locator("#order-points")).ToContainTextAsync("1000");
        var orderId = Guid.Parse((await page.Locator("#order-title").GetAttributeAsync("data-order-id"))!);

        await page.GotoAsync("/shop/orders");
        await Expect(page.Locator("#orders-page[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator(".orders-row")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#orders-status-{orderId}")).ToHaveAttributeAsync("data-status", "paid");
        await Expect(page.Locator($"#orders-total-{orderId}")).ToContainTextAsync("44.00");
        await page.Locator($"#orders-link-{orderId}").ClickAsync();

        // Cancelled before shipment: the card payment is refunded at the processor.
        await Expect(page.Locator("#order-page[data-interactive='true']")).ToBeVisibleAsync();
        await page.Locator("#order-cancel").ClickAsync();
        await page.Locator("#order-cancel-yes").ClickAsync();
        await Expect(page.Locator("#order-status")).ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(page.Locator("#order-step-cancelled")).ToBeVisibleAsync();
        await Expect(page.Locator("#order-cancel")).ToHaveCountAsync(0);
        var refund = portal.CardProcessor.Refunds.Where(r => r.IntentId == portal.CardProcessor.IntentOf(orderId).Id).ShouldHaveSingleItem();
        refund.Amount.ShouldBe(4400);
    }

    [BrowserFact]
    public async Task Given_another_customers_order_When_opening_it_Then_the_not_found_view_shows()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Order Snoop", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));

        await page.GotoAsync($"/shop/orders/{Guid.CreateVersion7()}");

        await Expect(page.Locator("#order-page[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#order-not-found")).ToBeVisibleAsync();
    }

    private async Task<(string Slug, Guid SoldOut, Guid InStock)> SeedProductAsync(string tag)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var now = DateTime.UtcNow;
        var category = new Category { Id = Guid.CreateVersion7(), Slug = $"buy-{tag}", NameEn = $"Buy {tag}", NameRu = $"Покупка {tag}", CreatedAt = now };
        var product = new Product
        {
            Id = Guid.CreateVersion7(), CategoryId = category.Id, Slug = $"journey-jacket-{tag}", NameEn = $"Journey jacket {tag}", NameRu = $"Куртка {tag}",
            DescriptionEn = "Warm.", DescriptionRu = "Тёплая.", Brand = "Stridemax", Status = ProductStatus.Active, PriceFromMinor = 3000, CreatedAt = now, UpdatedAt = now,
        };
        var soldOut = new Sku { Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"JJ-{tag}-42", Size = "42", Colour = "Blue", PriceMinor = 3000, Stock = 0, Position = 0 };
        var inStock = new Sku { Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"JJ-{tag}-43", Size = "43", Colour = "Blue", PriceMinor = 3000, Stock = 5, Position = 1 };
        product.Skus.Add(soldOut);
        product.Skus.Add(inStock);
        db.AddRange(category, product);
        await db.SaveChangesAsync();
        return (product.Slug, soldOut.Id, inStock.Id);
    }

    private async Task CreateCodeAsync(string code)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreatePromoCode(
            code, "percentage", 10, null, null, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), 100, 1, null, null, null, true));
    }

    private async Task CreditAsync(Guid userId, int points)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await scope.ServiceProvider.GetRequiredService<PointsLedger>().PostAsync(
            new PointsPosting(userId, points, LedgerReason.Activity, "Training", $"browser:{Guid.NewGuid():N}", Note: "shopping journey"), now, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>().SaveChangesAsync();
    }

    private async Task<int> OrderCountAsync(Guid userId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ShopDbContext>().Orders.CountAsync(o => o.CustomerId == userId);
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        using var client = new HttpClient { BaseAddress = portal.BaseAddress };
        var login = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password = PortalActions.AthletePassword });
        login.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/accounts/me")).RootElement;
        return me.GetProperty("id").GetGuid();
    }
}
