namespace FitnessApp.Modules.Shop.Contracts.Orders;

/// <summary>
/// Where an order is in its life: pending payment → paid → shipped → delivered, or cancelled before shipment; refunds
/// (full or partial) are recorded on the order without changing this status except a full refund (<see cref="Refunded"/>).
/// A cash-on-delivery order is shipped from <see cref="PendingPayment"/> and is paid when delivered. On the wire as camelCase.
/// </summary>
public enum OrderStatus
{
    PendingPayment,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
}
