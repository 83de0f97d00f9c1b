using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Shop.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Payments.Timeouts;
using FitnessApp.Testing.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Shop.Payments;

/// <summary>The order test host with a card processor configured: the fake one, started first on a random port.</summary>
public class ShopPaymentsApp : ShopOrdersApp
{
    protected ShopPaymentsApp(TestDatabase database)
        : base(database)
    {
    }

    public FakeCardProcessor Processor { get; } = new();

    public override async Task InitializeAsync()
    {
        await Processor.StartAsync();
        With("Shop:Payments:Card:BaseUrl", Processor.BaseUrl);
        With("Shop:Payments:Card:SecretKey", FakeCardProcessor.SecretKey);
        With("Shop:Payments:Card:WebhookSecret", FakeCardProcessor.WebhookSecret);
        With("Shop:Payments:Card:ReturnBaseUrl", "http://portal.test");
        With("Shop:Payments:Card:TimeoutSeconds", "5");
        With("Shop:Payments:PendingTimeoutMinutes", "30");
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Processor.DisposeAsync();
    }
}

public sealed class ShopPaymentsSqliteApp() : ShopPaymentsApp(TestDatabase.Sqlite);

public sealed class ShopPaymentsPostgresApp() : ShopPaymentsApp(TestDatabase.Postgres);

internal static class PaymentsApi
{
    public static Task<HttpResponseMessage> CheckoutByCardAsync(this HttpClient client, string key, int? points = null, string? promoCode = null) =>
        client.CheckoutAsync(ShopOrdersApi.CheckoutBody(promoCode, points, paymentMethod: "card"), key);

    /// <summary>Puts the variant in the cart and checks out by card; returns the new order (pending payment, with its intent).</summary>
    public static async Task<JsonElement> PlaceCardOrderAsync(this HttpClient client, Guid skuId, int quantity = 1, int? points = null, string? promoCode = null)
    {
        (await client.PutItemAsync(skuId, quantity)).EnsureSuccessStatusCode();
        return await (await client.CheckoutByCardAsync(Guid.NewGuid().ToString(), points, promoCode)).JsonAsync(System.Net.HttpStatusCode.Created);
    }

    public static JsonElement Payment(this JsonElement order) => order.GetProperty("payment");

    public static async Task<JsonElement> OrderAsync(this HttpClient client, Guid orderId) =>
        await (await client.GetAsync(ShopOrdersApi.Order(orderId))).JsonAsync();

    public static async Task<string> OutcomeAsync(this HttpResponseMessage response) =>
        (await response.JsonAsync()).GetProperty("outcome").GetString()!;

    /// <summary>Moves the order's placing time back, as if it had waited that long for its payment.</summary>
    public static async Task AgeOrderAsync(this FitnessAppFactory app, Guid orderId, TimeSpan by)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var order = await db.Orders.SingleAsync(o => o.Id == orderId);
        await db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlacedAt, order.PlacedAt - by));
    }

    public static async Task RunTimeoutJobAsync(this FitnessAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<ExpirePendingPaymentsJob>(scope.ServiceProvider).Execute(null!, CancellationToken.None);
    }

    public static Task<int> CartCountAsync(this FitnessAppFactory app, Guid customerId) =>
        app.Services.QueryAsync<ShopDbContext, int>(db => db.CartItems.CountAsync(i => i.UserId == customerId));

    public static Task<int> ProcessedEventsAsync(this FitnessAppFactory app, string eventId) =>
        app.Services.QueryAsync<ShopDbContext, int>(db => db.ProcessedPaymentEvents.CountAsync(e => e.Id == eventId));

    public static Task<HttpResponseMessage> RefundAsync(this HttpClient operators, Guid orderId, decimal amount) =>
        operators.PostAsJsonAsync($"{ShopOrdersApi.AdminOrder(orderId)}/refunds", new { amount });
}
