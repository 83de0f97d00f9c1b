using FitnessApp.Modules.Shop.Contracts.Orders;

namespace FitnessApp.Modules.Shop.Orders;

/// <summary>
/// A placed order: the snapshot of its lines, address and every amount (minor units) the server computed. Created once per
/// (customer, idempotency key): the unique index makes concurrent identical requests read back the one order.
/// </summary>
internal sealed class Order
{
    public const int IdempotencyKeyMaxLength = 100;
    public const int HashLength = 64;
    public const int NameMaxLength = 120;
    public const int LineMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int PostalCodeMaxLength = 20;
    public const int PromoCodeMaxLength = 40;
    public const int TrackingMaxLength = 100;

    public Guid Id { get; init; }

    public Guid CustomerId { get; init; }

    public required string IdempotencyKey { get; init; }

    /// <summary>SHA-256 (hex) of the request body, so that the same key with another body is refused.</summary>
    public required string RequestHash { get; init; }

    public OrderStatus Status { get; set; }

    public PaymentMethod PaymentMethod { get; init; }

    public required string Currency { get; init; }

    public long SubtotalMinor { get; set; }

    public long DiscountMinor { get; set; }

    public string? PromoCode { get; set; }

    public int PointsUsed { get; set; }

    public long PointsMinor { get; set; }

    public long ShippingMinor { get; set; }

    public long TotalMinor { get; set; }

    /// <summary>What the customer has paid so far (the total once paid).</summary>
    public long PaidMinor { get; set; }

    public long RefundedMinor { get; set; }

    public int PointsRefunded { get; set; }

    public required string ShipName { get; init; }

    public required string ShipLine1 { get; init; }

    public string? ShipLine2 { get; init; }

    public required string ShipCity { get; init; }

    public required string ShipPostalCode { get; init; }

    public required string ShipCountry { get; init; }

    public string? TrackingNumber { get; set; }

    public DateTime PlacedAt { get; init; }

    public DateTime? PaidAt { get; set; }

    public DateTime? ShippedAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public DateTime? CancelledAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<OrderLine> Lines { get; init; } = [];

    public List<OrderRefund> Refunds { get; init; } = [];

    /// <summary>The card payment (processor intent); null for cash on delivery.</summary>
    public Payments.Domain.Payment? Payment { get; set; }
}

/// <summary>How the customer pays (wire names camelCase).</summary>
internal enum PaymentMethod
{
    CashOnDelivery,
    Card,
}

/// <summary>A line as it was bought: names, options and unit price are copied so later catalog edits do not change it.</summary>
internal sealed class OrderLine
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public Guid SkuId { get; init; }

    public Guid ProductId { get; init; }

    public required string SkuCode { get; init; }

    public required string ProductNameEn { get; init; }

    public required string ProductNameRu { get; init; }

    public string? Size { get; init; }

    public string? Colour { get; init; }

    public long UnitPriceMinor { get; init; }

    public int Quantity { get; init; }

    public long LineTotalMinor { get; init; }

    /// <summary>Units given back to stock by refunds.</summary>
    public int ReturnedQuantity { get; set; }
}

/// <summary>Money given back to the customer (full or partial), with the points returned with it.</summary>
internal sealed class OrderRefund
{
    public const int ReasonMaxLength = 300;

    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public long AmountMinor { get; init; }

    public int PointsReturned { get; init; }

    public string? Reason { get; init; }

    public Guid ActorId { get; init; }

    public DateTime CreatedAt { get; init; }
}
