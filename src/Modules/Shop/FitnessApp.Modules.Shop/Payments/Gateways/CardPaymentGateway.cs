using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Payments.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Payments.Gateways;

/// <summary>Card payments through the processor's payment intents; the order id is the intent's idempotency key.</summary>
internal sealed partial class CardPaymentGateway(CardProcessorClient processor, IOptions<PaymentOptions> options, ILogger<CardPaymentGateway> logger)
    : IPaymentGateway
{
    public PaymentMethod Method => PaymentMethod.Card;

    public bool IsAvailable => options.Value.Card.IsConfigured;

    public async Task<Payment?> StartAsync(Order order, string returnUrl, DateTime now, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            throw PaymentProcessorException.Unavailable("no card processor is configured");
        }

        var intent = await processor.CreateIntentAsync(order.Id, order.TotalMinor, order.Currency, returnUrl, cancellationToken);
        if (string.IsNullOrWhiteSpace(intent.Id) || intent.Id.Length > Payment.IntentIdMaxLength)
        {
            throw PaymentProcessorException.BadAnswer("an intent without a usable id");
        }

        if (intent.Amount != order.TotalMinor)
        {
            throw PaymentProcessorException.BadAnswer($"an intent for {intent.Amount} instead of {order.TotalMinor}");
        }

        return new Payment
        {
            Id = Guid.CreateVersion7(),
            OrderId = order.Id,
            IntentId = intent.Id,
            ClientSecret = Fit(intent.ClientSecret, Payment.ClientSecretMaxLength),
            RedirectUrl = Fit(intent.RedirectUrl, Payment.RedirectUrlMaxLength),
            Status = PaymentStatus.RequiresPayment,
            AmountMinor = order.TotalMinor,
            Currency = order.Currency,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public Task<ProcessorIntent?> CheckAsync(Payment payment, CancellationToken cancellationToken) =>
        processor.GetIntentAsync(payment.IntentId, cancellationToken);

    public async Task CancelAsync(Payment payment, CancellationToken cancellationToken)
    {
        try
        {
            await processor.CancelIntentAsync(payment.IntentId, cancellationToken);
        }
        catch (PaymentProcessorException exception)
        {
            LogCancelFailed(logger, payment.IntentId, exception.Message);
        }
    }

    public async Task<string?> RefundAsync(Order order, Guid refundId, long amountMinor, CancellationToken cancellationToken)
    {
        var payment = order.Payment ?? throw PaymentProcessorException.BadAnswer("the card order has no payment intent to refund");
        var refund = await processor.RefundAsync(payment.IntentId, refundId, amountMinor, cancellationToken);
        return string.IsNullOrWhiteSpace(refund.Id) ? throw PaymentProcessorException.BadAnswer("a refund without an id") : refund.Id;
    }

    private static string? Fit(string? value, int max) => value is { Length: > 0 } && value.Length <= max ? value : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment intent {IntentId} could not be cancelled at the processor: {Reason}")]
    private static partial void LogCancelFailed(ILogger logger, string intentId, string reason);
}
