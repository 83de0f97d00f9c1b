namespace FitnessApp.Modules.Shop.Payments.Domain;

/// <summary>
/// The card payment of one order: the processor's payment intent (created with the order id as idempotency key) and where
/// it stands. <see cref="Version"/> is a concurrency token so that a webhook and the timeout job cannot both move it.
/// </summary>
internal sealed class Payment
{
    public const int IntentIdMaxLength = 100;
    public const int ClientSecretMaxLength = 200;
    public const int RedirectUrlMaxLength = 1000;
    public const int ErrorMaxLength = 300;

    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public required string IntentId { get; init; }

    public string? ClientSecret { get; set; }

    public string? RedirectUrl { get; set; }

    public PaymentStatus Status { get; set; }

    public long AmountMinor { get; init; }

    public required string Currency { get; init; }

    /// <summary>Why the processor refused the payment, as it said.</summary>
    public string? FailureReason { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public void Move(PaymentStatus status, DateTime now)
    {
        Status = status;
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>Where a card payment stands (wire names camelCase).</summary>
internal enum PaymentStatus
{
    /// <summary>The intent exists; the customer has not (yet) paid.</summary>
    RequiresPayment,
    Succeeded,
    Failed,

    /// <summary>Given up: the order was cancelled (timeout or by the customer) before it was paid.</summary>
    Cancelled,
}
