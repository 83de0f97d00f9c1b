namespace FitnessApp.Modules.Shop.Payments.Domain;

/// <summary>A refund the processor made, tied to the order refund that recorded it (so its webhook records it only once).</summary>
internal sealed class PaymentRefund
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    /// <summary>The <c>OrderRefund</c> this money went back with.</summary>
    public Guid OrderRefundId { get; init; }

    public required string ProcessorRefundId { get; init; }

    public long AmountMinor { get; init; }

    public DateTime CreatedAt { get; init; }
}
