using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Accounts.Security;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Shop.Orders;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Shop.Notifications;

/// <summary>A shop host whose mail goes to the folder mailbox.</summary>
public class OrderEmailsApp : ShopOrdersApp
{
    protected OrderEmailsApp(TestDatabase database)
        : base(database) =>
        With("Accounts:Email:Sender", "Folder");

    public Mailbox Mailbox => new(Path.Combine(DataFolder, "mailbox"));
}

public sealed class OrderEmailsSqliteApp() : OrderEmailsApp(TestDatabase.Sqlite);

public sealed class OrderEmailsPostgresApp() : OrderEmailsApp(TestDatabase.Postgres);

/// <summary>Every order transition emails the customer in their language with the order's link, unless they switched order emails off.</summary>
public abstract class OrderEmailTests(OrderEmailsApp app)
{
    [Fact]
    public async Task Given_a_confirmed_customer_When_the_order_is_placed_shipped_delivered_and_partly_refunded_Then_each_step_is_emailed_with_the_order_link()
    {
        var (customer, email) = await CustomerAsync("en");
        var sku = await app.SeedSkuAsync(priceMinor: 3000);
        var order = await customer.Client.PlaceOrderAsync(sku, quantity: 2);
        var id = order.Id();
        var number = id.ToString()[..8];

        var placed = await app.Mailbox.WaitForAsync(email, $"Order {number} received");
        placed.Text.ShouldContain("64.90 EUR"); // 60.00 and 4.90 shipping
        placed.LinkPath.ShouldBe($"/shop/orders/{id}");

        using var operatorClient = await app.ShopOperatorAsync();
        (await operatorClient.PostAsJsonAsync($"{ShopOrdersApi.AdminOrder(id)}/ship", new { trackingNumber = "TRK-42-XYZ" })).EnsureSuccessStatusCode();
        var shipped = await app.Mailbox.WaitForAsync(email, $"Order {number} is on its way");
        shipped.Text.ShouldContain("TRK-42-XYZ");
        shipped.LinkPath.ShouldBe($"/shop/orders/{id}");

        (await operatorClient.PostAsync($"{ShopOrdersApi.AdminOrder(id)}/deliver", null)).EnsureSuccessStatusCode();
        await app.Mailbox.WaitForAsync(email, $"Order {number} was delivered");
        (await app.Mailbox.WaitForAsync(email, $"Order {number} is paid")).Text.ShouldContain("64.90 EUR");

        (await operatorClient.PostAsJsonAsync($"{ShopOrdersApi.AdminOrder(id)}/refunds", new { amount = 12.5m, reason = "late" })).EnsureSuccessStatusCode();
        (await app.Mailbox.WaitForAsync(email, $"Refund for order {number}")).Text.ShouldContain("12.50 EUR");
    }

    [Fact]
    public async Task Given_a_russian_customer_When_they_cancel_their_order_Then_the_email_is_in_russian()
    {
        var (customer, email) = await CustomerAsync("ru");
        var id = (await customer.Client.PlaceOrderAsync(await app.SeedSkuAsync())).Id();

        (await customer.Client.PostAsync($"{ShopOrdersApi.Order(id)}/cancel", null)).EnsureSuccessStatusCode();

        var message = await app.Mailbox.WaitForAsync(email, $"Заказ {id.ToString()[..8]} отменён");
        message.Text.ShouldContain("Баллы и промокоды снова ваши");
        message.LinkPath.ShouldBe($"/shop/orders/{id}");
    }

    [Fact]
    public async Task Given_order_emails_switched_off_When_the_order_is_placed_and_shipped_Then_no_order_email_arrives()
    {
        var (customer, email) = await CustomerAsync("en", """{"language":"en","emailNotifications":{"orders":false}}""");
        var handled = await HandledAsync();
        var id = (await customer.Client.PlaceOrderAsync(await app.SeedSkuAsync())).Id();
        using var operatorClient = await app.ShopOperatorAsync();
        (await operatorClient.PostAsJsonAsync($"{ShopOrdersApi.AdminOrder(id)}/ship", new { trackingNumber = "TRK-OFF" })).EnsureSuccessStatusCode();

        await Polling.UntilAsync(HandledAsync, count => count >= handled + 2, because: "the order email handlers of the placed and shipped events");

        app.Mailbox.To(email).ShouldNotContain(m => m.Subject.Contains("Order", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_an_event_delivered_twice_When_it_is_handled_Then_one_email_is_sent()
    {
        var (customer, email) = await CustomerAsync("en");
        var id = (await customer.Client.PlaceOrderAsync(await app.SeedSkuAsync())).Id();
        await app.Mailbox.WaitForAsync(email, "received");
        var shipped = new OrderShipped(id, customer.Id, "TRK-TWICE") { OccurredAt = DateTime.UtcNow };

        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(shipped);
        }

        await app.Mailbox.WaitForAsync(email, "is on its way");
        await Task.Delay(1000);
        app.Mailbox.To(email).Count(m => m.Text.Contains("TRK-TWICE", StringComparison.Ordinal)).ShouldBe(1);
    }

    private async Task<(ShopCustomer Customer, string Email)> CustomerAsync(string language, string? settings = null)
    {
        var customer = await app.CustomerAsync();
        var me = await customer.Client.GetMeAsync();
        (await customer.Client.PutSettingsAsync(ProfileApi.SettingsBody(settings ?? $$"""{"language":"{{language}}"}"""))).EnsureSuccessStatusCode();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.Where(u => u.Id == customer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true));
        return (customer, me.GetProperty("email").GetString()!);
    }

    /// <summary>How many events the order email handlers have processed (their inbox rows).</summary>
    private Task<int> HandledAsync() =>
        app.Services.QueryAsync<ShopDbContext, int>(db => db.Set<InboxMessage>().CountAsync(m => EF.Functions.Like(m.Consumer, "FitnessApp.Modules.Shop.Orders.Notifications.%")));
}

public sealed class OrderEmailTests_Sqlite(OrderEmailsSqliteApp app) : OrderEmailTests(app), IClassFixture<OrderEmailsSqliteApp>;

public sealed class OrderEmailTests_Postgres(OrderEmailsPostgresApp app) : OrderEmailTests(app), IClassFixture<OrderEmailsPostgresApp>;
