using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Shop.Orders;

/// <summary>POST /orders: the cart becomes an order priced by the server, once per idempotency key.</summary>
public abstract class CheckoutTests(ShopOrdersApp app)
{
    [Fact]
    public async Task Given_a_cart_When_checking_out_with_cash_on_delivery_Then_201_pending_payment_with_server_totals_stock_taken_and_cart_cleared()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(priceMinor: 2500, stock: 4);
        await customer.Client.PutItemAsync(sku, 2);

        var response = await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(), "key-1");

        var order = await response.JsonAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/shop/orders/{order.Id()}");
        order.Status().ShouldBe("pendingPayment");
        order.GetProperty("paymentMethod").GetString().ShouldBe("cashOnDelivery");
        order.Amount("subtotal").ShouldBe(50.00m);
        order.Amount("shipping").ShouldBe(4.90m);
        order.Amount("total").ShouldBe(54.90m);
        order.GetProperty("canCancel").GetBoolean().ShouldBeTrue();
        var line = order.GetProperty("lines")[0];
        line.GetProperty("productName").GetString().ShouldBe("Trail shoe");
        line.Amount("unitPrice").ShouldBe(25.00m);
        line.GetProperty("quantity").GetInt32().ShouldBe(2);
        order.GetProperty("address").GetProperty("country").GetString().ShouldBe("DE");
        (await app.StockOfAsync(sku)).ShouldBe(2);
        var cart = await (await customer.Client.GetAsync(ShopOrdersApi.Cart)).JsonAsync();
        cart.GetProperty("lines").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_goods_over_the_free_shipping_threshold_When_checking_out_Then_shipping_is_free()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(priceMinor: 10000);

        var order = await customer.Client.PlaceOrderAsync(sku);

        order.Amount("shipping").ShouldBe(0m);
        order.Amount("total").ShouldBe(100.00m);
    }

    [Fact]
    public async Task Given_a_placed_order_When_repeating_the_request_with_the_key_Then_200_with_the_same_order_and_another_body_is_422()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(stock: 10);
        await customer.Client.PutItemAsync(sku, 1);
        var first = await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(), "repeat")).JsonAsync(HttpStatusCode.Created);

        var again = await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(), "repeat")).JsonAsync();
        var other = await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(address: ShopOrdersApi.Address("FR")), "repeat");

        again.Id().ShouldBe(first.Id());
        await other.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await app.OrderCountAsync(customer.Id)).ShouldBe(1);
        (await app.StockOfAsync(sku)).ShouldBe(9);
    }

    [Fact]
    public async Task Given_no_token_When_checking_out_Then_401()
    {
        var response = await app.CreateClient().CheckoutAsync(ShopOrdersApi.CheckoutBody(), "k");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_no_idempotency_key_When_checking_out_Then_400_naming_it()
    {
        var customer = await app.CustomerAsync();

        var problem = await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody())).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldHaveSingleItem().ShouldBe("Idempotency-Key", StringCompareShould.IgnoreCase);
    }

    [Fact]
    public async Task Given_bad_address_payment_or_points_When_checking_out_Then_400_naming_each_field()
    {
        var customer = await app.CustomerAsync();
        var body = new
        {
            address = new { name = "", line1 = "Street 1", city = "Berlin", postalCode = "10115", country = "XX" },
            paymentMethod = "cheque",
            points = -1,
        };

        var problem = await (await customer.Client.CheckoutAsync(body, "bad")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["address.name", "address.country", "paymentMethod", "points"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_card_payment_When_checking_out_Then_400_saying_card_is_not_available_yet()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync();
        await customer.Client.PutItemAsync(sku, 1);

        var problem = await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(paymentMethod: "card"), "card")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["paymentMethod"]);
        problem.GetProperty("errors").GetProperty("paymentMethod")[0].GetString()!.ShouldContain("cashOnDelivery");
    }

    [Fact]
    public async Task Given_an_empty_cart_When_checking_out_Then_409_and_no_order()
    {
        var customer = await app.CustomerAsync();

        await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(), "empty")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await app.OrderCountAsync(customer.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_line_whose_stock_ran_out_When_checking_out_Then_409_naming_the_sku_and_nothing_is_taken()
    {
        var customer = await app.CustomerAsync();
        var plenty = await app.SeedSkuAsync(stock: 10);
        var scarce = await app.SeedSkuAsync(stock: 2);
        await customer.Client.PutItemAsync(plenty, 3);
        await customer.Client.PutItemAsync(scarce, 2);
        var rival = await app.CustomerAsync();
        await rival.Client.PlaceOrderAsync(scarce, 1);

        var problem = await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(), "short")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.GetProperty("skuId").GetGuid().ShouldBe(scarce);
        (await app.StockOfAsync(plenty)).ShouldBe(10);
        (await app.StockOfAsync(scarce)).ShouldBe(1);
        (await app.OrderCountAsync(customer.Id)).ShouldBe(0);
        var cart = await (await customer.Client.GetAsync(ShopOrdersApi.Cart)).JsonAsync();
        cart.GetProperty("lines").GetArrayLength().ShouldBe(2, "a failed checkout keeps the cart");
    }

    [Fact]
    public async Task Given_50_identical_requests_with_one_key_at_once_When_checking_out_Then_exactly_one_order_and_stock_taken_once()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(stock: 10);
        await customer.Client.PutItemAsync(sku, 2);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(), "burst"))));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.Created).ShouldBe(1, string.Join(",", statuses));
        statuses.ShouldAllBe(s => s == HttpStatusCode.Created || s == HttpStatusCode.OK);
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await response.JsonAsync(response.StatusCode)).Id());
        }

        ids.Count.ShouldBe(1);
        (await app.OrderCountAsync(customer.Id)).ShouldBe(1);
        (await app.StockOfAsync(sku)).ShouldBe(8);
    }

    [Fact]
    public async Task Given_20_athletes_holding_the_last_unit_When_all_check_out_at_once_Then_exactly_one_succeeds_and_stock_is_0()
    {
        var sku = await app.SeedSkuAsync(stock: 1);
        var customers = new List<ShopCustomer>();
        for (var i = 0; i < 20; i++)
        {
            var customer = await app.CustomerAsync();
            (await customer.Client.PutItemAsync(sku, 1)).EnsureSuccessStatusCode();
            customers.Add(customer);
        }

        var responses = await Task.WhenAll(customers.Select(c => Task.Run(() => c.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(), "last-unit"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(19);
        (await app.StockOfAsync(sku)).ShouldBe(0);
    }
}

public sealed class CheckoutTests_Sqlite(ShopOrdersSqliteApp app) : CheckoutTests(app), IClassFixture<ShopOrdersSqliteApp>;

public sealed class CheckoutTests_Postgres(ShopOrdersPostgresApp app) : CheckoutTests(app), IClassFixture<ShopOrdersPostgresApp>;
