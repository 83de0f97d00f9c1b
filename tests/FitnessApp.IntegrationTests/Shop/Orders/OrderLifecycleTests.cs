using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Shop.Orders;

/// <summary>Customers read and cancel their orders; operators list, ship, deliver, cancel and refund.</summary>
public abstract class OrderLifecycleTests(ShopOrdersApp app)
{
    [Fact]
    public async Task Given_an_order_When_its_customer_reads_and_lists_Then_it_is_there_and_another_customer_gets_404()
    {
        var customer = await app.CustomerAsync();
        var other = await app.CustomerAsync();
        var order = await customer.Client.PlaceOrderAsync(await app.SeedSkuAsync(), 2);

        var read = await (await customer.Client.GetAsync(ShopOrdersApi.Order(order.Id()))).JsonAsync();
        var list = await (await customer.Client.GetAsync(ShopOrdersApi.Orders)).JsonAsync();

        read.Amount("total").ShouldBe(order.Amount("total"));
        list.GetProperty("items")[0].Id().ShouldBe(order.Id());
        list.GetProperty("items")[0].GetProperty("itemCount").GetInt32().ShouldBe(2);
        await (await other.Client.GetAsync(ShopOrdersApi.Order(order.Id()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.Client.PostAsync($"{ShopOrdersApi.Order(order.Id())}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await other.Client.GetAsync(ShopOrdersApi.Orders)).JsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await app.CreateClient().GetAsync(ShopOrdersApi.Orders)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.CreateClient().GetAsync(ShopOrdersApi.Order(order.Id()))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_three_orders_When_listing_two_per_page_Then_the_cursor_leads_to_the_third()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync();
        for (var i = 0; i < 3; i++)
        {
            await customer.Client.PlaceOrderAsync(sku);
        }

        var first = await (await customer.Client.GetAsync($"{ShopOrdersApi.Orders}?limit=2")).JsonAsync();
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await customer.Client.GetAsync($"{ShopOrdersApi.Orders}?limit=2&cursor={cursor}")).JsonAsync();

        first.GetProperty("items").GetArrayLength().ShouldBe(2);
        second.GetProperty("items").GetArrayLength().ShouldBe(1);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await (await customer.Client.GetAsync($"{ShopOrdersApi.Orders}?cursor=nope")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["cursor"]);
    }

    [Fact]
    public async Task Given_a_pending_order_When_its_customer_cancels_Then_stock_goes_back_and_cancelling_again_is_409_naming_the_status()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(stock: 5);
        var order = await customer.Client.PlaceOrderAsync(sku, 3);

        var cancelled = await (await customer.Client.PostAsync($"{ShopOrdersApi.Order(order.Id())}/cancel", null)).JsonAsync();
        var again = await (await customer.Client.PostAsync($"{ShopOrdersApi.Order(order.Id())}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        cancelled.Status().ShouldBe("cancelled");
        cancelled.GetProperty("canCancel").GetBoolean().ShouldBeFalse();
        again.GetProperty("orderStatus").GetString().ShouldBe("cancelled");
        (await app.StockOfAsync(sku)).ShouldBe(5);
    }

    [Fact]
    public async Task Given_an_athlete_or_no_token_When_calling_the_operators_endpoints_Then_403_or_401()
    {
        var customer = await app.CustomerAsync();
        var order = await customer.Client.PlaceOrderAsync(await app.SeedSkuAsync());
        var anonymous = app.CreateClient();

        (await customer.Client.GetAsync(ShopOrdersApi.AdminOrders)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await customer.Client.GetAsync(ShopOrdersApi.AdminOrder(order.Id()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await customer.Client.PostAsJsonAsync($"{ShopOrdersApi.AdminOrder(order.Id())}/ship", new { trackingNumber = "T1" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await customer.Client.PostAsync($"{ShopOrdersApi.AdminOrder(order.Id())}/deliver", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await customer.Client.PostAsync($"{ShopOrdersApi.AdminOrder(order.Id())}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await customer.Client.PostAsJsonAsync($"{ShopOrdersApi.AdminOrder(order.Id())}/refunds", new { amount = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync(ShopOrdersApi.AdminOrders)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_cash_on_delivery_order_When_shipped_delivered_and_refunded_in_two_parts_Then_each_step_holds_and_wrong_steps_are_409()
    {
        var customer = await app.CustomerAsync();
        var operators = await app.ShopOperatorAsync();
        var sku = await app.SeedSkuAsync(priceMinor: 2000, stock: 5);
        var order = await customer.Client.PlaceOrderAsync(sku, 2);
        var url = ShopOrdersApi.AdminOrder(order.Id());

        (await (await operators.PostAsJsonAsync($"{url}/ship", new { trackingNumber = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["trackingNumber"]);
        (await (await operators.PostAsync($"{url}/deliver", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("orderStatus").GetString().ShouldBe("pendingPayment");
        (await (await operators.PostAsJsonAsync($"{url}/refunds", new { amount = 1 })).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("orderStatus").GetString().ShouldBe("pendingPayment");
        var shipped = await (await operators.PostAsJsonAsync($"{url}/ship", new { trackingNumber = "TRACK-123" })).JsonAsync();
        shipped.Status().ShouldBe("shipped");
        shipped.GetProperty("trackingNumber").GetString().ShouldBe("TRACK-123");
        (await (await customer.Client.PostAsync($"{ShopOrdersApi.Order(order.Id())}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("orderStatus").GetString().ShouldBe("shipped");
        (await (await operators.PostAsync($"{url}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("orderStatus").GetString().ShouldBe("shipped");

        var delivered = await (await operators.PostAsync($"{url}/deliver", null)).JsonAsync();
        delivered.Status().ShouldBe("delivered");
        delivered.Amount("paid").ShouldBe(44.90m);
        delivered.GetProperty("paidAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);

        (await (await operators.PostAsJsonAsync($"{url}/refunds", new { amount = 44.91m })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["amount"]);
        (await (await operators.PostAsJsonAsync($"{url}/refunds", new { amount = 1.234m })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["amount"]);
        var partial = await (await operators.PostAsJsonAsync($"{url}/refunds", new { amount = 20.00m, reason = "one pair returned", lines = new[] { new { skuId = sku, quantity = 1 } } })).JsonAsync();
        partial.Status().ShouldBe("delivered");
        partial.Amount("refunded").ShouldBe(20.00m);
        partial.GetProperty("lines")[0].GetProperty("returnedQuantity").GetInt32().ShouldBe(1);
        (await app.StockOfAsync(sku)).ShouldBe(4);
        (await (await operators.PostAsJsonAsync($"{url}/refunds", new { amount = 1m, lines = new[] { new { skuId = sku, quantity = 2 } } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["lines[0].quantity"]);

        var full = await (await operators.PostAsJsonAsync($"{url}/refunds", new { amount = 24.90m })).JsonAsync();
        full.Status().ShouldBe("refunded");
        full.GetProperty("refunds").GetArrayLength().ShouldBe(2);
        (await (await operators.PostAsJsonAsync($"{url}/refunds", new { amount = 1m })).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("orderStatus").GetString().ShouldBe("refunded");
    }

    [Fact]
    public async Task Given_orders_in_several_states_When_operators_list_by_status_Then_only_that_status_and_any_order_can_be_read_and_cancelled()
    {
        var customer = await app.CustomerAsync();
        var operators = await app.ShopOperatorAsync();
        var sku = await app.SeedSkuAsync(stock: 10);
        var shipped = await customer.Client.PlaceOrderAsync(sku);
        var pending = await customer.Client.PlaceOrderAsync(sku);
        (await operators.PostAsJsonAsync($"{ShopOrdersApi.AdminOrder(shipped.Id())}/ship", new { trackingNumber = "T" })).EnsureSuccessStatusCode();

        var list = await (await operators.GetAsync($"{ShopOrdersApi.AdminOrders}?status=shipped&limit=100")).JsonAsync();
        var detail = await (await operators.GetAsync(ShopOrdersApi.AdminOrder(pending.Id()))).JsonAsync();
        var cancelled = await (await operators.PostAsync($"{ShopOrdersApi.AdminOrder(pending.Id())}/cancel", null)).JsonAsync();

        var ids = list.GetProperty("items").EnumerateArray().Select(o => o.Id()).ToList();
        ids.ShouldContain(shipped.Id());
        ids.ShouldNotContain(pending.Id());
        list.GetProperty("items").EnumerateArray().ShouldAllBe(o => o.GetProperty("status").GetString() == "shipped");
        detail.Id("customerId").ShouldBe(customer.Id);
        cancelled.Status().ShouldBe("cancelled");
        (await app.StockOfAsync(sku)).ShouldBe(9);
        (await (await operators.GetAsync($"{ShopOrdersApi.AdminOrders}?status=lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["status"]);
        await (await operators.GetAsync(ShopOrdersApi.AdminOrder(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class OrderLifecycleTests_Sqlite(ShopOrdersSqliteApp app) : OrderLifecycleTests(app), IClassFixture<ShopOrdersSqliteApp>;

public sealed class OrderLifecycleTests_Postgres(ShopOrdersPostgresApp app) : OrderLifecycleTests(app), IClassFixture<ShopOrdersPostgresApp>;
