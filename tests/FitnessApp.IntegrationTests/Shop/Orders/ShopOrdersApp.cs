using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Shop.Orders;

/// <summary>A host with an operator (the bootstrap admin) and known shipping and points settings for the order tests.</summary>
public class ShopOrdersApp : FitnessAppFactory
{
    public const string OperatorEmail = "shop-orders-operator@example.com";
    public const string OperatorPassword = "operator password for the shop order tests";

    protected ShopOrdersApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
        With("Shop:Shipping:FlatMinor", "490");
        With("Shop:Shipping:FreeOverMinor", "10000");
        With("Shop:Points:MinorPerPoint", "1");
        With("Shop:Points:MaxSharePercent", "50");
    }
}

public sealed class ShopOrdersSqliteApp() : ShopOrdersApp(TestDatabase.Sqlite);

public sealed class ShopOrdersPostgresApp() : ShopOrdersApp(TestDatabase.Postgres);

public sealed record ShopCustomer(HttpClient Client, Guid Id);

/// <summary>Products inserted through ShopDbContext (the catalog API is another area) and the cart and order calls.</summary>
internal static class ShopOrdersApi
{
    public const string Cart = "/api/v1/shop/cart";
    public const string Orders = "/api/v1/shop/orders";
    public const string AdminOrders = "/api/v1/shop/admin/orders";

    public static string Item(Guid skuId) => $"/api/v1/shop/cart/items/{skuId}";

    public static string Order(Guid id) => $"{Orders}/{id}";

    public static string AdminOrder(Guid id) => $"{AdminOrders}/{id}";

    public static async Task<ShopCustomer> CustomerAsync(this FitnessAppFactory app)
    {
        var client = await app.CreateAthleteClientAsync();
        return new ShopCustomer(client, (await client.GetMeAsync()).Id());
    }

    public static async Task<HttpClient> ShopOperatorAsync(this FitnessAppFactory app)
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(ShopOrdersApp.OperatorEmail, ShopOrdersApp.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>An active product with one active variant; returns the variant's id.</summary>
    public static async Task<Guid> SeedSkuAsync(
        this FitnessAppFactory app, long priceMinor = 2500, int stock = 10, bool active = true, ProductStatus status = ProductStatus.Active,
        string name = "Trail shoe")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var category = new Category { Id = Guid.CreateVersion7(), Slug = $"c-{suffix}", NameEn = "Shoes", NameRu = "Обувь", CreatedAt = DateTime.UtcNow };
        var product = new Product
        {
            Id = Guid.CreateVersion7(),
            CategoryId = category.Id,
            Slug = $"p-{suffix}",
            NameEn = name,
            NameRu = $"{name} (ru)",
            Brand = "Test",
            Status = status,
            PriceFromMinor = priceMinor,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        var sku = new Sku { Id = Guid.CreateVersion7(), ProductId = product.Id, Code = $"S-{suffix}", Size = "42", Colour = "red", PriceMinor = priceMinor, Stock = stock, Active = active };
        db.Categories.Add(category);
        db.Products.Add(product);
        db.Skus.Add(sku);
        await db.SaveChangesAsync();
        return sku.Id;
    }

    public static Task<int> StockOfAsync(this FitnessAppFactory app, Guid skuId) =>
        app.Services.QueryAsync<ShopDbContext, int>(db => db.Skus.Where(s => s.Id == skuId).Select(s => s.Stock).SingleAsync());

    public static Task<int> OrderCountAsync(this FitnessAppFactory app, Guid customerId) =>
        app.Services.QueryAsync<ShopDbContext, int>(db => db.Orders.CountAsync(o => o.CustomerId == customerId));

    public static Task<HttpResponseMessage> PutItemAsync(this HttpClient client, Guid skuId, int? quantity) =>
        client.PutAsJsonAsync(Item(skuId), new { quantity });

    public static object Address(string country = "DE") =>
        new { name = "Ada Runner", line1 = "Hauptstr. 1", line2 = (string?)null, city = "Berlin", postalCode = "10115", country };

    public static object CheckoutBody(string? promoCode = null, int? points = null, string paymentMethod = "cashOnDelivery", object? address = null) =>
        new { address = address ?? Address(), paymentMethod, promoCode, points };

    public static Task<HttpResponseMessage> CheckoutAsync(this HttpClient client, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Orders) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    /// <summary>Puts the variant in the cart and checks out with cash on delivery; returns the new order.</summary>
    public static async Task<JsonElement> PlaceOrderAsync(this HttpClient client, Guid skuId, int quantity = 1, string? promoCode = null, int? points = null)
    {
        (await client.PutItemAsync(skuId, quantity)).EnsureSuccessStatusCode();
        var response = await client.CheckoutAsync(CheckoutBody(promoCode, points), Guid.NewGuid().ToString());
        return await response.JsonAsync(System.Net.HttpStatusCode.Created);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status = System.Net.HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid Id(this JsonElement element, string name = "id") => element.GetProperty(name).GetGuid();

    public static string Status(this JsonElement order) => order.GetProperty("status").GetString()!;

    public static decimal Amount(this JsonElement element, string name) => element.GetProperty(name).GetDecimal();
}
