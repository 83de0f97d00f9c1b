using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Shop.Orders;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Shop.Reviews;

/// <summary>Products with a delivered order (through the order API) and the review calls.</summary>
internal static class ReviewsApi
{
    public const string AdminReviews = "/api/v1/shop/admin/reviews";

    public static string Reviews(Guid productId) => $"/api/v1/shop/products/{productId}/reviews";

    public static string Mine(Guid productId) => $"{Reviews(productId)}/mine";

    public static string Hide(Guid reviewId) => $"{AdminReviews}/{reviewId}/hide";

    public static string Restore(Guid reviewId) => $"{AdminReviews}/{reviewId}/restore";

    /// <summary>An active product with one variant in stock; returns the product's and the variant's ids.</summary>
    public static async Task<(Guid Product, Guid Sku)> SeedProductAsync(this FitnessAppFactory app, int stock = 50)
    {
        var sku = await app.SeedSkuAsync(stock: stock);
        var product = await app.Services.QueryAsync<ShopDbContext, Guid>(db => db.Skus.Where(s => s.Id == sku).Select(s => s.ProductId).SingleAsync());
        return (product, sku);
    }

    /// <summary>The customer orders the variant, an operator ships and delivers it.</summary>
    public static async Task<Guid> DeliveredOrderAsync(this FitnessAppFactory app, ShopCustomer customer, Guid sku, HttpClient? operators = null)
    {
        operators ??= await app.ShopOperatorAsync();
        var order = (await customer.Client.PlaceOrderAsync(sku)).Id();
        (await operators.PostAsJsonAsync($"{ShopOrdersApi.AdminOrder(order)}/ship", new { trackingNumber = "TRACK-1" })).EnsureSuccessStatusCode();
        (await operators.PostAsync($"{ShopOrdersApi.AdminOrder(order)}/deliver", null)).EnsureSuccessStatusCode();
        return order;
    }

    /// <summary>Marks an order delivered in the database (for hosts without an operator).</summary>
    public static Task MarkDeliveredAsync(this FitnessAppFactory app, Guid orderId) =>
        app.Services.QueryAsync<ShopDbContext, int>(db => db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, FitnessApp.Modules.Shop.Contracts.Orders.OrderStatus.Delivered)
            .SetProperty(o => o.DeliveredAt, DateTime.UtcNow)));

    /// <summary>A customer who received the product.</summary>
    public static async Task<ShopCustomer> BuyerAsync(this FitnessAppFactory app, Guid sku, HttpClient? operators = null)
    {
        var customer = await app.CustomerAsync();
        await app.DeliveredOrderAsync(customer, sku, operators);
        return customer;
    }

    public static Task<HttpResponseMessage> PutReviewAsync(this HttpClient client, Guid productId, int? rating, string? text = "Great shoe.", string? title = null) =>
        client.PutAsJsonAsync(Mine(productId), new { rating, title, text });

    public static async Task<JsonElement> ReviewsOfAsync(this HttpClient client, Guid productId, string query = "") =>
        await (await client.GetAsync(Reviews(productId) + query)).JsonAsync();

    public static Task<(double Average, int Count)> ProductRatingAsync(this FitnessAppFactory app, Guid productId) =>
        app.Services.QueryAsync<ShopDbContext, (double, int)>(async db =>
        {
            var p = await db.Products.AsNoTracking().SingleAsync(x => x.Id == productId);
            return (p.RatingAverage, p.RatingCount);
        });

    public static int Bucket(this JsonElement reviews, int stars) =>
        reviews.GetProperty("distribution").EnumerateArray().Single(b => b.GetProperty("stars").GetInt32() == stars).GetProperty("count").GetInt32();

    public static async Task<Guid> ReviewIdAsync(this HttpClient client, Guid productId) =>
        (await (await client.GetAsync(Mine(productId))).JsonAsync()).GetProperty("review").Id();

    public static HttpStatusCode Status(this HttpResponseMessage response) => response.StatusCode;
}
