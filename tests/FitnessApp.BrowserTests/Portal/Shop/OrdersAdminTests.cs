using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Shop;

[Collection(PortalCollection.Name)]
public sealed class OrdersAdminTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_an_order_placed_by_an_athlete_When_the_operator_ships_delivers_and_partly_refunds_it_Then_the_page_and_the_order_show_each_step()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var customerName = $"Order Customer {tag}";
        var skuId = await SeedSkuAsync(tag);
        var email = PortalActions.NewEmail();
        var athletePage = await portal.NewPageAsync();
        await athletePage.RegisterAsync(customerName, email);
        await Expect(athletePage).ToHaveURLAsync(new Regex("/home$"));
        using var athlete = await ClientAsync(email, PortalActions.AthletePassword);
        var orderId = await PlaceOrderAsync(athlete, skuId, customerName);

        var page = await portal.NewPageAsync();
        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/shop/orders");
        await Expect(page.Locator("#orders-admin-title")).ToHaveAttributeAsync("data-interactive", "true");
        await page.FillAsync("#orders-search", customerName);
        await page.ClickAsync("#orders-apply");
        await Expect(page.Locator("#orders-totals")).ToHaveAttributeAsync("data-count", "1");
        var row = page.Locator($"#order-row-{orderId}");
        await Expect(row).ToHaveAttributeAsync("data-status", "PendingPayment");
        await Expect(row.Locator(".order-customer")).ToHaveTextAsync(customerName);
        await Expect(row.Locator(".order-total")).ToHaveTextAsync("80.00 EUR");

        await page.SelectOptionAsync("#orders-status", "Shipped");
        await page.ClickAsync("#orders-apply");
        await Expect(page.Locator("#orders-totals")).ToHaveAttributeAsync("data-count", "0");
        await page.FillAsync("#orders-search", orderId.ToString()[..8]);
        await page.SelectOptionAsync("#orders-status", string.Empty);
        await page.ClickAsync("#orders-apply");
        await row.Locator(".order-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/admin/shop/orders/{orderId}$"));
        await Expect(page.Locator("#order-admin-title")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Locator("#order-status")).ToHaveAttributeAsync("data-status", "pendingPayment");
        await Expect(page.Locator("#order-lines .order-line")).ToHaveCountAsync(1);
        await Expect(page.Locator("#order-total")).ToHaveTextAsync("80.00 EUR");
        await Expect(page.Locator("#order-address")).ToContainTextAsync("Hauptstr. 1");
        await Expect(page.Locator("#order-payment")).ToHaveTextAsync("Cash on delivery");

        await page.ClickAsync("#order-ship-submit");
        await Expect(page.Locator("#order-errors li")).ToBeVisibleAsync();
        await page.FillAsync("#order-tracking-input", $"TRK-{tag}");
        await page.ClickAsync("#order-ship-submit");
        await Expect(page.Locator("#order-status")).ToHaveAttributeAsync("data-status", "shipped");
        await Expect(page.Locator("#order-tracking")).ToHaveTextAsync($"TRK-{tag}");

        await page.ClickAsync("#order-deliver");
        await Expect(page.Locator("#order-status")).ToHaveAttributeAsync("data-status", "delivered");
        await Expect(page.Locator("#order-paid")).ToHaveTextAsync("80.00 EUR");
        await Expect(page.Locator("#order-timeline .timeline-step")).ToHaveCountAsync(4);

        await page.FillAsync("#order-refund-amount", "90.00");
        await page.ClickAsync("#order-refund-submit");
        await Expect(page.Locator("#order-errors li[data-field='amount']")).ToContainTextAsync("80");
        await page.FillAsync("#order-refund-amount", "15.50");
        await page.FillAsync("#order-refund-reason", "Scuffed box");
        await page.ClickAsync("#order-refund-submit");
        await Expect(page.Locator("#order-message")).ToBeVisibleAsync();
        await Expect(page.Locator("#order-refunded")).ToHaveTextAsync("15.50 EUR");
        await Expect(page.Locator("#order-refunds .order-refund .refund-reason")).ToHaveTextAsync("Scuffed box");
        await Expect(page.Locator("#order-status")).ToHaveAttributeAsync("data-status", "delivered");

        using var operatorClient = await ClientAsync(PortalServer.AdminEmail, PortalServer.AdminPassword);
        var order = JsonDocument.Parse(await operatorClient.GetStringAsync($"/api/v1/shop/admin/orders/{orderId}")).RootElement;
        order.GetProperty("status").GetString().ShouldBe("delivered");
        order.GetProperty("trackingNumber").GetString().ShouldBe($"TRK-{tag}");
        order.GetProperty("refunded").GetDecimal().ShouldBe(15.50m);
        order.GetProperty("refunds")[0].GetProperty("reason").GetString().ShouldBe("Scuffed box");
    }

    private async Task<Guid> SeedSkuAsync(string tag)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var now = DateTime.UtcNow;
        var category = new Category { Id = Guid.CreateVersion7(), Slug = $"orders-admin-{tag}", NameEn = "Orders", NameRu = "Заказы", CreatedAt = now };
        var product = new Product
        {
            Id = Guid.CreateVersion7(), CategoryId = category.Id, Slug = $"orders-admin-shoe-{tag}", NameEn = $"Admin shoe {tag}", NameRu = $"Кроссовки {tag}",
            Brand = "Stridemax", Status = ProductStatus.Active, PriceFromMinor = 4000, CreatedAt = now, UpdatedAt = now,
        };
        var sku = new Sku { Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"OA-{tag}", Size = "42", Colour = "Blue", PriceMinor = 4000, Stock = 5 };
        product.Skus.Add(sku);
        db.AddRange(category, product);
        await db.SaveChangesAsync();
        return sku.Id;
    }

    private async Task<HttpClient> ClientAsync(string email, string password)
    {
        var client = new HttpClient { BaseAddress = portal.BaseAddress };
        var login = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> PlaceOrderAsync(HttpClient athlete, Guid skuId, string name)
    {
        (await athlete.PutAsJsonAsync($"/api/v1/shop/cart/items/{skuId}", new { quantity = 2 })).EnsureSuccessStatusCode();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/shop/orders")
        {
            Content = JsonContent.Create(new
            {
                address = new { name, line1 = "Hauptstr. 1", line2 = (string?)null, city = "Berlin", postalCode = "10115", country = "DE" },
                paymentMethod = "cashOnDelivery",
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await athlete.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
