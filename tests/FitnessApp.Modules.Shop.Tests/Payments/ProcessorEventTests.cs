using System.Text;
using FitnessApp.Modules.Shop.Payments.Webhooks;

namespace FitnessApp.Modules.Shop.Tests.Payments;

public sealed class ProcessorEventTests
{
    private static ProcessorEvent? Parse(string json) => ProcessorEvent.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Given_a_failed_intent_event_When_parsed_Then_the_intent_and_the_failure_are_read()
    {
        var e = Parse("""{"id":"evt_1","type":"payment_intent.payment_failed","data":{"object":{"id":"pi_1","last_payment_error":{"message":"Card declined"}}}}""")!;

        e.Id.ShouldBe("evt_1");
        e.Type.ShouldBe(ProcessorEvent.PaymentFailed);
        e.IntentId.ShouldBe("pi_1");
        e.FailureMessage.ShouldBe("Card declined");
    }

    [Fact]
    public void Given_a_charge_refunded_event_When_parsed_Then_the_intent_and_each_refund_are_read()
    {
        var ours = Guid.NewGuid();
        var e = Parse("""
            {"id":"evt_2","type":"charge.refunded","data":{"object":{"id":"ch_1","payment_intent":"pi_9","amount_refunded":1500,
             "refunds":{"data":[{"id":"re_1","amount":1000,"metadata":{"refund_id":"OURS"}},{"id":"re_2","amount":500},{"id":"re_3","amount":0}]}}}}
            """.Replace("OURS", ours.ToString(), StringComparison.Ordinal))!;

        e.IntentId.ShouldBe("pi_9");
        e.Refunds.ShouldBe([new ProcessorEventRefund("re_1", 1000, ours), new ProcessorEventRefund("re_2", 500, null)]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"type":"payment_intent.succeeded"}""")]
    [InlineData("""{"id":"evt_1"}""")]
    [InlineData("""{"id":42,"type":"x"}""")]
    public void Given_a_body_that_is_not_an_event_When_parsed_Then_null(string json) => Parse(json).ShouldBeNull();

    [Fact]
    public void Given_an_event_without_data_When_parsed_Then_it_has_no_intent() =>
        Parse("""{"id":"evt_3","type":"customer.created"}""")!.IntentId.ShouldBeNull();
}
