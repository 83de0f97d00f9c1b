using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Payments.Domain;

namespace FitnessApp.Modules.Shop.Payments.Gateways;

/// <summary>How an order's money is collected and given back, one implementation per <see cref="PaymentMethod"/>.</summary>
internal interface IPaymentGateway
{
    PaymentMethod Method { get; }

    /// <summary>Whether checkout may offer this method (a processor needs its configuration).</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// Starts collecting the order's payment (idempotent by the order id): the card processor's intent, or null when nothing
    /// is collected before delivery (cash).
    /// </summary>
    Task<Payment?> StartAsync(Order order, string returnUrl, DateTime now, CancellationToken cancellationToken);

    /// <summary>What the processor says about the payment now; null when it does not know it (or there is no processor).</summary>
    Task<ProcessorIntent?> CheckAsync(Payment payment, CancellationToken cancellationToken);

    /// <summary>Stops a payment that will no longer be accepted (best effort, the order is being cancelled).</summary>
    Task CancelAsync(Payment payment, CancellationToken cancellationToken);

    /// <summary>Gives money back through the processor (idempotent by <paramref name="refundId"/>); the processor's refund id, or null for cash.</summary>
    Task<string?> RefundAsync(Order order, Guid refundId, long amountMinor, CancellationToken cancellationToken);
}
