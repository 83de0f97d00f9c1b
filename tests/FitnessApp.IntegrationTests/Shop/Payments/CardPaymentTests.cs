using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Loyalty.Promotions;
using FitnessApp.IntegrationTests.Loyalty.Wallet;
using FitnessApp.IntegrationTests.Shop.Orders;
using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Testing.Payments;

namespace FitnessApp.IntegrationTests.Shop.Payments;

/// <summary>Card orders through the fake processor: the intent, the webhook, the timeout job, refunds, the processor down.</summary>
public abstract class CardPaymentTests(ShopPaymentsApp app)
{
    private FakeCardProcessor Processor => app.Processor;

    /// <summary>The customer pays at the processor, which then sends its signed webhook; returns the webhook's outcome.</summary>
    private async Task<string> PayAsync(FakeIntent intent)
    {
        Processor.Settle(intent.Id, succeeded: true);
        return await (await FakeCardProcessor.PostEventAsync(app.CreateClient(), FakeCardProcessor.Event("payment_intent.succeeded", intent))).OutcomeAsync();
    }

    [Fact]
    public async Task Given_a_card_order_When_placed_twice_with_one_key_and_a_transient_failure_Then_one_intent_and_the_payment_is_in_the_response()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(priceMinor: 2500, stock: 5);
        (await customer.Client.PutItemAsync(sku, 2)).EnsureSuccessStatusCode();
        Processor.FailNext(1);

        var first = await (await customer.Client.CheckoutByCardAsync("card-once")).JsonAsync(HttpStatusCode.Created);
        var again = await (await customer.Client.CheckoutByCardAsync("card-once")).JsonAsync();

        again.Id().ShouldBe(first.Id());
        first.Status().ShouldBe("pendingPayment");
        var payment = first.Payment();
        payment.GetProperty("method").GetString().ShouldBe("card");
        payment.GetProperty("status").GetString().ShouldBe("requiresPayment");
        var intent = Processor.IntentOf(first.Id());
        payment.GetProperty("redirectUrl").GetString().ShouldBe($"{Processor.BaseUrl}/pay/{intent.Id}");
        payment.GetProperty("clientSecret").GetString().ShouldBe(intent.ClientSecret);
        again.Payment().GetProperty("clientSecret").GetString().ShouldBe(intent.ClientSecret);
        intent.Amount.ShouldBe(5490);
        intent.Currency.ShouldBe("eur");
        intent.ReturnUrl.ShouldBe($"http://portal.test/shop/orders/{first.Id()}/pay");
        var creates = Processor.Calls.Where(c => c.Path == "/v1/payment_intents").ToList();
        creates.Count(c => c.IdempotencyKey == first.Id().ToString()).ShouldBe(2, "the transient failure was retried with the same key");
        Processor.Intents.Count(i => i.OrderId == first.Id().ToString()).ShouldBe(1);
        (await app.StockOfAsync(sku)).ShouldBe(3);
    }

    [Fact]
    public async Task Given_a_cash_order_When_placed_Then_its_payment_is_due_on_delivery_and_no_processor_call_is_made()
    {
        var customer = await app.CustomerAsync();

        var order = await customer.Client.PlaceOrderAsync(await app.SeedSkuAsync());

        order.Payment().GetProperty("method").GetString().ShouldBe("cashOnDelivery");
        order.Payment().GetProperty("status").GetString().ShouldBe("dueOnDelivery");
        order.Payment().GetProperty("redirectUrl").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        Processor.Intents.ShouldNotContain(i => i.OrderId == order.Id().ToString());
        Processor.Calls.Count(c => c.Path == "/v1/payment_intents" && c.Form.GetValueOrDefault("metadata[order_id]") == order.Id().ToString()).ShouldBe(0);
    }

    [Fact]
    public async Task Given_points_on_a_card_order_When_the_succeeded_webhook_arrives_Then_the_order_is_paid_and_Loyalty_commits_the_points()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 1000);
        var order = await customer.Client.PlaceCardOrderAsync(await app.SeedSkuAsync(priceMinor: 5000), points: 500);
        (await customer.Client.OkAsync(WalletApi.Balance)).GetProperty("reserved").GetInt32().ShouldBe(500);

        var response = await FakeCardProcessor.PostEventAsync(app.CreateClient(), FakeCardProcessor.Event("payment_intent.succeeded", Processor.IntentOf(order.Id())));

        (await response.OutcomeAsync()).ShouldBe("processed");
        var paid = await customer.Client.OrderAsync(order.Id());
        paid.Status().ShouldBe("paid");
        paid.Amount("paid").ShouldBe(49.90m);
        paid.Payment().GetProperty("status").GetString().ShouldBe("succeeded");
        paid.Payment().GetProperty("clientSecret").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        // 500 points spent, then 49 purchase points for the 49.90 paid (Loyalty:Purchases, 1 per euro).
        var wallet = await Polling.UntilAsync(
            () => customer.Client.OkAsync(WalletApi.Balance), b => b.GetProperty("balance").GetInt32() == 549, because: "points are committed and purchase points credited on OrderPaid");
        wallet.GetProperty("reserved").GetInt32().ShouldBe(0);
        (await app.EntriesOfAsync(customer.Id)).ShouldContain(e => e.Reason == LedgerReason.Redemption && e.Points == -500);
    }

    [Fact]
    public async Task Given_points_and_a_code_on_a_card_order_When_the_payment_fails_Then_it_is_cancelled_and_stock_points_and_code_are_released()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 1000);
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), percent: 10, perUserLimit: 1);
        var sku = await app.SeedSkuAsync(priceMinor: 5000, stock: 4);
        var order = await customer.Client.PlaceCardOrderAsync(sku, 2, points: 300, promoCode: code.Code);
        (await app.StockOfAsync(sku)).ShouldBe(2);

        var response = await FakeCardProcessor.PostEventAsync(
            app.CreateClient(), FakeCardProcessor.Event("payment_intent.payment_failed", Processor.IntentOf(order.Id()), failure: "Your card was declined."));

        (await response.OutcomeAsync()).ShouldBe("processed");
        var cancelled = await customer.Client.OrderAsync(order.Id());
        cancelled.Status().ShouldBe("cancelled");
        cancelled.Payment().GetProperty("status").GetString().ShouldBe("failed");
        (await app.StockOfAsync(sku)).ShouldBe(4);
        var wallet = await customer.Client.OkAsync(WalletApi.Balance);
        wallet.GetProperty("reserved").GetInt32().ShouldBe(0);
        wallet.GetProperty("available").GetInt32().ShouldBe(1000);
        (await PromoApi.SendAsync(app, new ValidatePromoCode(customer.Id, code.Code, 50m, "EUR", "DE"))).Applies.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_wrong_signature_or_a_stale_event_or_no_header_When_posted_Then_401_and_nothing_changes()
    {
        var customer = await app.CustomerAsync();
        var order = await customer.Client.PlaceCardOrderAsync(await app.SeedSkuAsync());
        var succeeded = FakeCardProcessor.Event("payment_intent.succeeded", Processor.IntentOf(order.Id()));
        var anonymous = app.CreateClient();

        await (await FakeCardProcessor.PostEventAsync(anonymous, succeeded, secret: "whsec_someone_else")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var replay = await (await FakeCardProcessor.PostEventAsync(anonymous, succeeded, at: DateTimeOffset.UtcNow.AddMinutes(-6))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await FakeCardProcessor.PostEventAsync(anonymous, succeeded, signature: "t=1,v1=00")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsync(FakeCardProcessor.WebhookPath, new StringContent(succeeded.GetRawText()))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        replay.GetProperty("detail").GetString()!.ShouldContain("replay");
        (await customer.Client.OrderAsync(order.Id())).Status().ShouldBe("pendingPayment");
        (await app.ProcessedEventsAsync(succeeded.GetProperty("id").GetString()!)).ShouldBe(0);

        // The same event, correctly signed now, is still accepted: the refusals recorded nothing.
        (await (await FakeCardProcessor.PostEventAsync(anonymous, succeeded)).OutcomeAsync()).ShouldBe("processed");
    }

    [Fact]
    public async Task Given_a_processed_event_When_delivered_again_Then_it_is_a_duplicate_and_a_later_failure_changes_nothing()
    {
        var customer = await app.CustomerAsync();
        var order = await customer.Client.PlaceCardOrderAsync(await app.SeedSkuAsync());
        var intent = Processor.IntentOf(order.Id());
        var succeeded = FakeCardProcessor.Event("payment_intent.succeeded", intent);

        (await (await FakeCardProcessor.PostEventAsync(app.CreateClient(), succeeded)).OutcomeAsync()).ShouldBe("processed");
        (await (await FakeCardProcessor.PostEventAsync(app.CreateClient(), succeeded)).OutcomeAsync()).ShouldBe("duplicate");
        (await (await FakeCardProcessor.PostEventAsync(app.CreateClient(), FakeCardProcessor.Event("payment_intent.payment_failed", intent))).OutcomeAsync()).ShouldBe("ignored");
        (await (await FakeCardProcessor.PostEventAsync(app.CreateClient(), FakeCardProcessor.Event("payment_intent.succeeded", new FakeIntent("pi_unknown", 1, "eur", null, null, "x")))).OutcomeAsync()).ShouldBe("ignored");

        (await customer.Client.OrderAsync(order.Id())).Status().ShouldBe("paid");
    }

    [Fact]
    public async Task Given_one_event_When_delivered_20_times_at_once_Then_exactly_one_delivery_moves_the_order()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 1000);
        var order = await customer.Client.PlaceCardOrderAsync(await app.SeedSkuAsync(priceMinor: 5000), points: 200);
        var succeeded = FakeCardProcessor.Event("payment_intent.succeeded", Processor.IntentOf(order.Id()));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => FakeCardProcessor.PostEventAsync(app.CreateClient(), succeeded)));
        var outcomes = await Task.WhenAll(responses.Select(r => r.OutcomeAsync()));

        outcomes.Count(o => o == "processed").ShouldBe(1);
        outcomes.Count(o => o == "duplicate").ShouldBe(19);
        (await app.ProcessedEventsAsync(succeeded.GetProperty("id").GetString()!)).ShouldBe(1);
        (await customer.Client.OrderAsync(order.Id())).Status().ShouldBe("paid");
        await Polling.UntilAsync(() => customer.Client.OkAsync(WalletApi.Balance), b => b.GetProperty("balance").GetInt32() == 1000 - 200 + 52);
        (await app.EntriesOfAsync(customer.Id)).Count(e => e.Reason == LedgerReason.Redemption).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_card_order_unpaid_past_the_timeout_When_the_job_runs_Then_it_is_cancelled_at_the_processor_and_released()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 1000);
        var sku = await app.SeedSkuAsync(priceMinor: 5000, stock: 3);
        var late = await customer.Client.PlaceCardOrderAsync(sku, points: 400);
        var recent = await customer.Client.PlaceCardOrderAsync(sku);
        await app.AgeOrderAsync(late.Id(), TimeSpan.FromMinutes(31));

        await app.RunTimeoutJobAsync();

        var cancelled = await customer.Client.OrderAsync(late.Id());
        cancelled.Status().ShouldBe("cancelled");
        cancelled.Payment().GetProperty("status").GetString().ShouldBe("cancelled");
        Processor.IntentOf(late.Id()).Status.ShouldBe("canceled");
        (await customer.Client.OrderAsync(recent.Id())).Status().ShouldBe("pendingPayment");
        (await app.StockOfAsync(sku)).ShouldBe(2);
        (await customer.Client.OkAsync(WalletApi.Balance)).GetProperty("available").GetInt32().ShouldBe(1000);
    }

    [Fact]
    public async Task Given_a_succeeded_intent_whose_webhook_was_lost_When_the_timeout_job_runs_Then_the_order_is_paid_not_cancelled()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(priceMinor: 3000, stock: 3);
        var order = await customer.Client.PlaceCardOrderAsync(sku);
        Processor.Settle(Processor.IntentOf(order.Id()).Id, succeeded: true);
        await app.AgeOrderAsync(order.Id(), TimeSpan.FromMinutes(45));

        await app.RunTimeoutJobAsync();

        var paid = await customer.Client.OrderAsync(order.Id());
        paid.Status().ShouldBe("paid");
        paid.Amount("paid").ShouldBe(34.90m);
        (await app.StockOfAsync(sku)).ShouldBe(2);
    }

    [Fact]
    public async Task Given_the_processor_down_When_the_timeout_job_runs_Then_the_order_waits_for_the_next_run()
    {
        var customer = await app.CustomerAsync();
        var order = await customer.Client.PlaceCardOrderAsync(await app.SeedSkuAsync());
        await app.AgeOrderAsync(order.Id(), TimeSpan.FromMinutes(31));
        Processor.Down = true;
        try
        {
            await app.RunTimeoutJobAsync();
        }
        finally
        {
            Processor.Down = false;
        }

        (await customer.Client.OrderAsync(order.Id())).Status().ShouldBe("pendingPayment");
    }

    [Fact]
    public async Task Given_a_paid_card_order_When_an_operator_refunds_part_Then_the_processor_refunds_it_by_refund_id_and_its_webhook_is_not_recorded_twice()
    {
        var customer = await app.CustomerAsync();
        var operators = await app.ShopOperatorAsync();
        var order = await customer.Client.PlaceCardOrderAsync(await app.SeedSkuAsync(priceMinor: 5000));
        var intent = Processor.IntentOf(order.Id());
        (await PayAsync(intent)).ShouldBe("processed");

        var refunded = await (await operators.RefundAsync(order.Id(), 10.00m)).JsonAsync();

        var refundId = refunded.GetProperty("refunds")[0].Id();
        var processorRefund = Processor.Refunds.Single(r => r.IntentId == intent.Id);
        processorRefund.Amount.ShouldBe(1000);
        processorRefund.IdempotencyKey.ShouldBe(refundId.ToString());
        refunded.Amount("refunded").ShouldBe(10.00m);

        var echo = await FakeCardProcessor.PostEventAsync(app.CreateClient(), FakeCardProcessor.RefundedEvent(intent, (processorRefund.Id, 1000, refundId)));
        (await echo.OutcomeAsync()).ShouldBe("ignored");
        var dashboard = await FakeCardProcessor.PostEventAsync(
            app.CreateClient(), FakeCardProcessor.RefundedEvent(intent, (processorRefund.Id, 1000, refundId), ("re_dashboard_" + Guid.NewGuid().ToString("N"), 500, null)));
        (await dashboard.OutcomeAsync()).ShouldBe("processed");

        var after = await customer.Client.OrderAsync(order.Id());
        after.GetProperty("refunds").GetArrayLength().ShouldBe(2);
        after.Amount("refunded").ShouldBe(15.00m);
    }

    [Fact]
    public async Task Given_the_processor_down_When_an_operator_refunds_a_card_order_Then_503_and_nothing_is_recorded()
    {
        var customer = await app.CustomerAsync();
        var operators = await app.ShopOperatorAsync();
        var order = await customer.Client.PlaceCardOrderAsync(await app.SeedSkuAsync(priceMinor: 5000));
        (await PayAsync(Processor.IntentOf(order.Id()))).ShouldBe("processed");
        Processor.Down = true;
        HttpResponseMessage response;
        try
        {
            response = await operators.RefundAsync(order.Id(), 10.00m);
        }
        finally
        {
            Processor.Down = false;
        }

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
        var after = await customer.Client.OrderAsync(order.Id());
        after.Amount("refunded").ShouldBe(0m);
        after.GetProperty("refunds").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_the_processor_down_When_checking_out_by_card_Then_503_nothing_is_ordered_or_reserved_and_the_same_key_works_later()
    {
        var customer = await app.CustomerAsync();
        await app.CreditAsync(customer.Id, 1000);
        var sku = await app.SeedSkuAsync(priceMinor: 5000, stock: 2);
        (await customer.Client.PutItemAsync(sku, 1)).EnsureSuccessStatusCode();
        Processor.Down = true;
        HttpResponseMessage response;
        try
        {
            response = await customer.Client.CheckoutByCardAsync("while-down", points: 300);
        }
        finally
        {
            Processor.Down = false;
        }

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("detail").GetString()!.ShouldContain("card processor");
        (await app.OrderCountAsync(customer.Id)).ShouldBe(0);
        (await app.StockOfAsync(sku)).ShouldBe(2);
        (await app.CartCountAsync(customer.Id)).ShouldBe(1);
        (await customer.Client.OkAsync(WalletApi.Balance)).GetProperty("available").GetInt32().ShouldBe(1000);

        var placed = await (await customer.Client.CheckoutByCardAsync("while-down", points: 300)).JsonAsync(HttpStatusCode.Created);
        placed.Payment().GetProperty("status").GetString().ShouldBe("requiresPayment");
        (await app.StockOfAsync(sku)).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_pending_card_order_When_its_customer_cancels_Then_the_intent_is_cancelled_and_a_late_success_leaves_it_cancelled()
    {
        var customer = await app.CustomerAsync();
        var sku = await app.SeedSkuAsync(stock: 3);
        var order = await customer.Client.PlaceCardOrderAsync(sku);
        var intent = Processor.IntentOf(order.Id());

        (await customer.Client.PostAsync($"{ShopOrdersApi.Order(order.Id())}/cancel", null)).EnsureSuccessStatusCode();

        intent.Status.ShouldBe("canceled");
        (await (await FakeCardProcessor.PostEventAsync(app.CreateClient(), FakeCardProcessor.Event("payment_intent.succeeded", intent))).OutcomeAsync()).ShouldBe("ignored");
        (await customer.Client.OrderAsync(order.Id())).Status().ShouldBe("cancelled");
        (await app.StockOfAsync(sku)).ShouldBe(3);
    }

    [Fact]
    public async Task Given_a_paid_card_order_When_an_operator_cancels_it_Then_the_money_goes_back_through_the_processor()
    {
        var customer = await app.CustomerAsync();
        var operators = await app.ShopOperatorAsync();
        var order = await customer.Client.PlaceCardOrderAsync(await app.SeedSkuAsync(priceMinor: 2000));
        var intent = Processor.IntentOf(order.Id());
        (await PayAsync(intent)).ShouldBe("processed");

        var cancelled = await (await operators.PostAsync($"{ShopOrdersApi.AdminOrder(order.Id())}/cancel", null)).JsonAsync();

        cancelled.Status().ShouldBe("cancelled");
        cancelled.Amount("refunded").ShouldBe(24.90m);
        Processor.Refunds.Single(r => r.IntentId == intent.Id).Amount.ShouldBe(2490);
    }

    [Fact]
    public async Task Given_the_processors_hosted_page_When_the_customer_pays_there_Then_the_webhook_marks_the_order_paid_and_the_browser_returns_to_the_pay_page()
    {
        var customer = await app.CustomerAsync();
        var order = await customer.Client.PlaceCardOrderAsync(await app.SeedSkuAsync(priceMinor: 2000));
        Processor.WebhookTarget = app.CreateClient();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var hosted = order.Payment().GetProperty("redirectUrl").GetString()!;

        (await browser.GetStringAsync(hosted)).ShouldContain("Pay 24.90 EUR");
        var confirmed = await browser.PostAsync($"{hosted}/confirm?outcome=succeed", null);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        confirmed.Headers.Location!.ToString().ShouldStartWith($"http://portal.test/shop/orders/{order.Id()}/pay?payment_intent=");
        var paid = await customer.Client.OrderAsync(order.Id());
        paid.Status().ShouldBe("paid");
        paid.Payment().GetProperty("status").GetString().ShouldBe("succeeded");
    }

    [Fact]
    public async Task Given_card_configured_When_a_customer_checks_out_with_an_unknown_method_Then_400_listing_card_and_cash()
    {
        var customer = await app.CustomerAsync();
        (await customer.Client.PutItemAsync(await app.SeedSkuAsync(), 1)).EnsureSuccessStatusCode();

        var problem = await (await customer.Client.CheckoutAsync(ShopOrdersApi.CheckoutBody(paymentMethod: "cheque"), "cheque")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["paymentMethod"]);
        problem.GetProperty("detail").GetString()!.ShouldContain("card");
    }
}

public sealed class CardPaymentTests_Sqlite(ShopPaymentsSqliteApp app) : CardPaymentTests(app), IClassFixture<ShopPaymentsSqliteApp>;

public sealed class CardPaymentTests_Postgres(ShopPaymentsPostgresApp app) : CardPaymentTests(app), IClassFixture<ShopPaymentsPostgresApp>;
