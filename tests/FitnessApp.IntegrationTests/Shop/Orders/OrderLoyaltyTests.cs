using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Loyalty.Promotions;
using FitnessApp.IntegrationTests.Loyalty.Wallet;
using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Domain;

namespace FitnessApp.IntegrationTests.Shop.Orders;

/// <summary>Points and promo codes at checkout: reserved when placed, committed at payment, released on cancel (read through Loyalty).</summary>
public abstract class OrderLoyaltyTests(ShopOrdersApp app)
{
    [Fact]
    public async Task Given_1000_points_When_an_order_spends_500_and_is_cancelled_Then_they_are_reserved_then_released()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 1000);
        var sku = await app.SeedSkuAsync(priceMinor: 5000, stock: 3);

        var order = await customer.Client.PlaceOrderAsync(sku, 1, points: 500);

        order.GetProperty("pointsUsed").GetInt32().ShouldBe(500);
        order.Amount("pointsValue").ShouldBe(5.00m);
        order.Amount("total").ShouldBe(49.90m);
        var reserved = await customer.Client.OkAsync(WalletApi.Balance);
        reserved.GetProperty("reserved").GetInt32().ShouldBe(500);
        reserved.GetProperty("available").GetInt32().ShouldBe(500);

        (await customer.Client.PostAsync($"{ShopOrdersApi.Order(order.Id())}/cancel", null)).EnsureSuccessStatusCode();

        var released = await customer.Client.OkAsync(WalletApi.Balance);
        released.GetProperty("reserved").GetInt32().ShouldBe(0);
        released.GetProperty("available").GetInt32().ShouldBe(1000);
        released.GetProperty("balance").GetInt32().ShouldBe(1000);
    }

    [Fact]
    public async Task Given_points_spent_on_a_cash_order_When_delivered_and_fully_refunded_Then_they_are_committed_at_delivery_and_come_back()
    {
        var customer = await app.CustomerAsync();
        var operators = await app.ShopOperatorAsync();
        await app.CreditAsync(customer.Id, 1000);
        var order = await customer.Client.PlaceOrderAsync(await app.SeedSkuAsync(priceMinor: 5000), 1, points: 1000);
        var url = ShopOrdersApi.AdminOrder(order.Id());
        (await operators.PostAsJsonAsync($"{url}/ship", new { trackingNumber = "T" })).EnsureSuccessStatusCode();
        (await customer.Client.OkAsync(WalletApi.Balance)).GetProperty("balance").GetInt32().ShouldBe(1000, "nothing is spent before payment");

        (await operators.PostAsync($"{url}/deliver", null)).EnsureSuccessStatusCode();

        // 1000 points spent, then 44 purchase points for the 44.90 paid in cash (Loyalty:Purchases, 1 per euro).
        var spent = await Polling.UntilAsync(
            () => customer.Client.OkAsync(WalletApi.Balance), b => b.GetProperty("balance").GetInt32() == 44, because: "purchase points are credited on OrderPaid");
        spent.GetProperty("reserved").GetInt32().ShouldBe(0);
        var entries = await app.EntriesOfAsync(customer.Id);
        entries.ShouldContain(e => e.Reason == LedgerReason.Redemption && e.Points == -1000);
        entries.ShouldContain(e => e.Reason == LedgerReason.Purchase && e.Points == 44);

        var refunded = await (await operators.PostAsJsonAsync($"{url}/refunds", new { amount = order.Amount("total") })).JsonAsync();

        refunded.Status().ShouldBe("refunded");
        refunded.GetProperty("refunds")[0].GetProperty("pointsReturned").GetInt32().ShouldBe(1000);
        await Polling.UntilAsync(
            () => customer.Client.OkAsync(WalletApi.Balance), b => b.GetProperty("balance").GetInt32() == 1000, because: "spent points come back and purchase points are taken back");
        (await app.EntriesOfAsync(customer.Id)).ShouldContain(e => e.Reason == LedgerReason.Reversal && e.Points == -44);
    }

    [Fact]
    public async Task Given_a_paid_order_When_refunded_in_part_Then_purchase_points_are_taken_back_in_proportion()
    {
        var customer = await app.CustomerAsync();
        var operators = await app.ShopOperatorAsync();
        var order = await customer.Client.PlaceOrderAsync(await app.SeedSkuAsync(priceMinor: 10000));
        var url = ShopOrdersApi.AdminOrder(order.Id());
        (await operators.PostAsJsonAsync($"{url}/ship", new { trackingNumber = "T" })).EnsureSuccessStatusCode();
        (await operators.PostAsync($"{url}/deliver", null)).EnsureSuccessStatusCode();
        await Polling.UntilAsync(() => customer.Client.OkAsync(WalletApi.Balance), b => b.GetProperty("balance").GetInt32() == 100);

        (await operators.PostAsJsonAsync($"{url}/refunds", new { amount = 25.00m })).EnsureSuccessStatusCode();

        await Polling.UntilAsync(() => customer.Client.OkAsync(WalletApi.Balance), b => b.GetProperty("balance").GetInt32() == 75);
    }

    [Fact]
    public async Task Given_points_worth_more_than_half_the_goods_When_checking_out_Then_400_naming_points()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 5000);
        var sku = await app.SeedSkuAsync(priceMinor: 2000);
        await customer.Client.PutItemAsync(sku, 1);

        var problem = await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(points: 1001), "cap")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["points"]);
        (await app.StockOfAsync(sku)).ShouldBe(10);
    }

    [Fact]
    public async Task Given_fewer_points_than_asked_When_checking_out_Then_409_naming_points_and_nothing_is_taken_or_reserved()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 100);
        var sku = await app.SeedSkuAsync(priceMinor: 5000);
        await customer.Client.PutItemAsync(sku, 1);

        var problem = await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(points: 200), "short-points")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.GetProperty("field").GetString().ShouldBe("points");
        (await app.StockOfAsync(sku)).ShouldBe(10);
        (await app.OrderCountAsync(customer.Id)).ShouldBe(0);
        (await customer.Client.OkAsync(WalletApi.Balance)).GetProperty("available").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task Given_a_10_percent_code_When_an_order_uses_it_and_is_cancelled_Then_the_discount_applies_and_the_use_is_given_back()
    {
        var customer = await app.CustomerAsync();
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), percent: 10, perUserLimit: 1);
        var sku = await app.SeedSkuAsync(priceMinor: 5000);

        var order = await customer.Client.PlaceOrderAsync(sku, 1, promoCode: code.Code.ToLowerInvariant());

        order.Amount("discount").ShouldBe(5.00m);
        order.GetProperty("promoCode").GetString().ShouldBe(code.Code);
        order.Amount("total").ShouldBe(49.90m);
        (await PromoApi.SendAsync(app, new ValidatePromoCode(customer.Id, code.Code, 50m, "EUR", "DE"))).Reason.ShouldBe(PromoCodeRejection.PerUserLimitReached);

        (await customer.Client.PostAsync($"{ShopOrdersApi.Order(order.Id())}/cancel", null)).EnsureSuccessStatusCode();

        (await PromoApi.SendAsync(app, new ValidatePromoCode(customer.Id, code.Code, 50m, "EUR", "DE"))).Applies.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_an_unknown_code_When_checking_out_Then_400_naming_promoCode_and_stock_is_untouched()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync();
        await customer.Client.PutItemAsync(sku, 1);

        var problem = await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(promoCode: "NO-SUCH-CODE"), "unknown-code")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["promoCode"]);
        (await app.StockOfAsync(sku)).ShouldBe(10);
    }

    [Fact]
    public async Task Given_a_code_and_points_When_the_points_are_short_Then_the_promo_use_is_released_too()
    {
        var customer = await app.CustomerAsync();
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), percent: 10, perUserLimit: 1);
        var sku = await app.SeedSkuAsync(priceMinor: 5000);
        await customer.Client.PutItemAsync(sku, 1);

        await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(promoCode: code.Code, points: 100), "both")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await PromoApi.SendAsync(app, new ValidatePromoCode(customer.Id, code.Code, 50m, "EUR", "DE"))).Applies.ShouldBeTrue();
    }
}

public sealed class OrderLoyaltyTests_Sqlite(ShopOrdersSqliteApp app) : OrderLoyaltyTests(app), IClassFixture<ShopOrdersSqliteApp>;

public sealed class OrderLoyaltyTests_Postgres(ShopOrdersPostgresApp app) : OrderLoyaltyTests(app), IClassFixture<ShopOrdersPostgresApp>;
