using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Shop.Contracts.Orders;

/// <summary>An order was placed (pending payment); amounts in minor units (cents) of <paramref name="Currency"/>.</summary>
public sealed record OrderPlaced(Guid OrderId, Guid CustomerId, long TotalMinor, string Currency, int PointsUsed, string? PromoCode) : IntegrationEvent;

/// <summary>The order is paid (by card, or in cash at delivery): <paramref name="AmountMinor"/> is what was paid in money.</summary>
public sealed record OrderPaid(Guid OrderId, Guid CustomerId, long AmountMinor, string Currency) : IntegrationEvent;

public sealed record OrderShipped(Guid OrderId, Guid CustomerId, string TrackingNumber) : IntegrationEvent;

public sealed record OrderDelivered(Guid OrderId, Guid CustomerId) : IntegrationEvent;

/// <summary>Cancelled before shipment: stock, points and promo code use were given back.</summary>
public sealed record OrderCancelled(Guid OrderId, Guid CustomerId, bool ByOperator) : IntegrationEvent;

/// <summary>
/// Money given back: <paramref name="AmountMinor"/> of the <paramref name="PaidMinor"/> paid (so consumers can take back a
/// proportional share of what they credited); <paramref name="RefundId"/> identifies this refund among several.
/// </summary>
public sealed record OrderRefunded(Guid OrderId, Guid CustomerId, Guid RefundId, long AmountMinor, long PaidMinor, string Currency, bool Full)
    : IntegrationEvent;
