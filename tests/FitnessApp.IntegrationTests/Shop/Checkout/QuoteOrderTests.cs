using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Loyalty.Promotions;
using FitnessApp.IntegrationTests.Loyalty.Wallet;
using FitnessApp.IntegrationTests.Shop.Orders;

namespace FitnessApp.IntegrationTests.Shop.Checkout;

/// <summary>POST /checkout/quote: the totals placing the cart would have, computed by the server, reserving nothing.</summary>
public abstract class QuoteOrderTests(ShopOrdersApp app)
{
    private const string Quote = "/api/v1/shop/checkout/quote";

    [Fact]
    public async Task Given_a_cart_a_promo_code_and_points_When_quoting_Then_the_totals_match_the_order_placed_with_the_same_body()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 1000);
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), percent: 10, perUserLimit: 1);
        var sku = await app.SeedSkuAsync(priceMinor: 2500, stock: 5);
        await customer.Client.PutItemAsync(sku, 2);
        var body = ShopOrdersApi.CheckoutBody(promoCode: code.Code.ToLowerInvariant(), points: 700);

        var quote = await (await customer.Client.PostAsJsonAsync(Quote, body)).JsonAsync();

        // 50.00 − 5.00 promo = 45.00 goods; 700 points = 7.00; 4.90 shipping → 42.90.
        quote.Amount("subtotal").ShouldBe(50.00m);
        quote.Amount("discount").ShouldBe(5.00m);
        quote.GetProperty("promoCode").GetString().ShouldBe(code.Code);
        quote.GetProperty("points").GetInt32().ShouldBe(700);
        quote.Amount("pointsValue").ShouldBe(7.00m);
        quote.GetProperty("maxPoints").GetInt32().ShouldBe(2250);
        quote.GetProperty("availablePoints").GetInt32().ShouldBe(1000);
        quote.Amount("shipping").ShouldBe(4.90m);
        quote.Amount("total").ShouldBe(42.90m);
        quote.GetProperty("currency").GetString().ShouldBe("EUR");
        quote.GetProperty("itemCount").GetInt32().ShouldBe(2);
        quote.GetProperty("problems").GetArrayLength().ShouldBe(0);
        (await app.StockOfAsync(sku)).ShouldBe(5, "a quote takes no stock");
        (await customer.Client.OkAsync(WalletApi.Balance)).GetProperty("reserved").GetInt32().ShouldBe(0, "a quote reserves no points");

        var order = await (await customer.Client.CheckoutAsync(body, Guid.NewGuid().ToString())).JsonAsync(HttpStatusCode.Created);

        order.Amount("total").ShouldBe(quote.Amount("total"));
        order.Amount("discount").ShouldBe(quote.Amount("discount"));
        order.Amount("pointsValue").ShouldBe(quote.Amount("pointsValue"));
    }

    [Fact]
    public async Task Given_no_token_When_quoting_Then_401()
    {
        var response = await app.CreateClient().PostAsJsonAsync(Quote, ShopOrdersApi.CheckoutBody());

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_empty_cart_When_quoting_Then_zero_totals_and_a_cart_problem()
    {
        var customer = await app.CustomerAsync();

        var quote = await (await customer.Client.PostAsJsonAsync(Quote, ShopOrdersApi.CheckoutBody())).JsonAsync();

        quote.Amount("subtotal").ShouldBe(0m);
        quote.Amount("shipping").ShouldBe(0m);
        quote.Amount("total").ShouldBe(0m);
        Problems(quote).ShouldBe([("cart", "empty")]);
    }

    [Fact]
    public async Task Given_an_unknown_promo_code_When_quoting_Then_no_discount_and_a_promoCode_problem_with_the_reason()
    {
        var customer = await app.CustomerAsync();
        await customer.Client.PutItemAsync(await app.SeedSkuAsync(priceMinor: 3000), 1);

        var quote = await (await customer.Client.PostAsJsonAsync(Quote, ShopOrdersApi.CheckoutBody(promoCode: "NO-SUCH-CODE"))).JsonAsync();

        quote.Amount("discount").ShouldBe(0m);
        quote.GetProperty("promoCode").ValueKind.ShouldBe(JsonValueKind.Null);
        quote.Amount("total").ShouldBe(34.90m);
        Problems(quote).ShouldBe([("promoCode", "unknown")]);
    }

    [Fact]
    public async Task Given_a_code_for_another_country_When_quoting_Then_the_problem_names_countryNotAllowed()
    {
        var customer = await app.CustomerAsync();
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), countries: ["FR"]);
        await customer.Client.PutItemAsync(await app.SeedSkuAsync(), 1);

        var quote = await (await customer.Client.PostAsJsonAsync(Quote, ShopOrdersApi.CheckoutBody(promoCode: code.Code))).JsonAsync();

        Problems(quote).ShouldBe([("promoCode", "countryNotAllowed")]);
    }

    [Fact]
    public async Task Given_more_points_than_the_balance_When_quoting_Then_the_available_points_are_applied_and_a_points_problem_is_reported()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 300);
        await customer.Client.PutItemAsync(await app.SeedSkuAsync(priceMinor: 5000), 1);

        var quote = await (await customer.Client.PostAsJsonAsync(Quote, ShopOrdersApi.CheckoutBody(points: 800))).JsonAsync();

        quote.GetProperty("pointsRequested").GetInt32().ShouldBe(800);
        quote.GetProperty("points").GetInt32().ShouldBe(300);
        quote.Amount("pointsValue").ShouldBe(3.00m);
        quote.Amount("total").ShouldBe(51.90m);
        Problems(quote).ShouldBe([("points", "moreThanAvailable")]);
    }

    [Fact]
    public async Task Given_points_over_half_the_goods_When_quoting_Then_they_are_capped_at_the_share_and_a_points_problem_is_reported()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 5000);
        await customer.Client.PutItemAsync(await app.SeedSkuAsync(priceMinor: 2000), 1);

        var quote = await (await customer.Client.PostAsJsonAsync(Quote, ShopOrdersApi.CheckoutBody(points: 1500))).JsonAsync();

        quote.GetProperty("points").GetInt32().ShouldBe(1000);
        quote.GetProperty("maxPoints").GetInt32().ShouldBe(1000);
        quote.Amount("total").ShouldBe(14.90m);
        Problems(quote).ShouldBe([("points", "overMaxShare")]);
    }

    [Fact]
    public async Task Given_bad_input_When_quoting_Then_400_naming_each_field()
    {
        var customer = await app.CustomerAsync();
        var body = ShopOrdersApi.CheckoutBody(points: -1, paymentMethod: "bitcoin", address: ShopOrdersApi.Address("Germany"));

        var problem = await (await customer.Client.PostAsJsonAsync(Quote, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().Order().ShouldBe(["address.country", "paymentMethod", "points"]);
    }

    [Fact]
    public async Task Given_an_incomplete_form_When_quoting_Then_the_cart_is_still_priced()
    {
        var customer = await app.CustomerAsync();
        await customer.Client.PutItemAsync(await app.SeedSkuAsync(priceMinor: 1250), 2);

        var quote = await (await customer.Client.PostAsJsonAsync(Quote, new { })).JsonAsync();

        quote.Amount("subtotal").ShouldBe(25.00m);
        quote.Amount("total").ShouldBe(29.90m);
        quote.GetProperty("problems").GetArrayLength().ShouldBe(0);
    }

    private static List<(string Field, string Reason)> Problems(JsonElement quote) =>
        quote.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("reason").GetString()!)).ToList();
}

public sealed class QuoteOrderTests_Sqlite(ShopOrdersSqliteApp app) : QuoteOrderTests(app), IClassFixture<ShopOrdersSqliteApp>;

public sealed class QuoteOrderTests_Postgres(ShopOrdersPostgresApp app) : QuoteOrderTests(app), IClassFixture<ShopOrdersPostgresApp>;
