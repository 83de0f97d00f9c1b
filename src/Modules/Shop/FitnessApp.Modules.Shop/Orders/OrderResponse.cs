using System.Globalization;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Payments;

namespace FitnessApp.Modules.Shop.Orders;

/// <summary>An order as its customer and operators see it; amounts with two decimals in <c>currency</c>.</summary>
internal sealed record OrderResponse(
    Guid Id, Guid CustomerId, string Status, string PaymentMethod, string Currency, IReadOnlyList<OrderLineResponse> Lines,
    decimal Subtotal, decimal Discount, string? PromoCode, int PointsUsed, decimal PointsValue, decimal Shipping, decimal Total,
    decimal Paid, decimal Refunded, OrderAddress Address, string? TrackingNumber, DateTime PlacedAt, DateTime? PaidAt,
    DateTime? ShippedAt, DateTime? DeliveredAt, DateTime? CancelledAt, bool CanCancel, IReadOnlyList<OrderRefundResponse> Refunds,
    OrderPaymentResponse Payment)
{
    public static OrderResponse From(Order order) => From(order, CultureInfo.CurrentUICulture);

    public static OrderResponse From(Order order, CultureInfo culture) =>
        new(order.Id, order.CustomerId, WireNames.Of(order.Status), WireNames.Of(order.PaymentMethod), order.Currency,
            order.Lines.OrderBy(l => l.ProductNameEn).ThenBy(l => l.SkuCode).Select(l => OrderLineResponse.From(l, culture)).ToList(),
            Money.ToDecimal(order.SubtotalMinor), Money.ToDecimal(order.DiscountMinor), order.PromoCode, order.PointsUsed,
            Money.ToDecimal(order.PointsMinor), Money.ToDecimal(order.ShippingMinor), Money.ToDecimal(order.TotalMinor),
            Money.ToDecimal(order.PaidMinor), Money.ToDecimal(order.RefundedMinor),
            new OrderAddress(order.ShipName, order.ShipLine1, order.ShipLine2, order.ShipCity, order.ShipPostalCode, order.ShipCountry),
            order.TrackingNumber, order.PlacedAt, order.PaidAt, order.ShippedAt, order.DeliveredAt, order.CancelledAt,
            OrderRules.MayCancel(order.Status),
            order.Refunds.OrderBy(r => r.CreatedAt).Select(r => new OrderRefundResponse(r.Id, Money.ToDecimal(r.AmountMinor), r.PointsReturned, r.Reason, r.CreatedAt)).ToList(),
            OrderPaymentResponse.From(order));
}

internal sealed record OrderLineResponse(
    Guid SkuId, Guid ProductId, string SkuCode, string ProductName, string? Size, string? Colour, decimal UnitPrice, int Quantity,
    decimal LineTotal, int ReturnedQuantity)
{
    public static OrderLineResponse From(OrderLine line, CultureInfo culture) =>
        new(line.SkuId, line.ProductId, line.SkuCode, culture.TwoLetterISOLanguageName == "ru" ? line.ProductNameRu : line.ProductNameEn,
            line.Size, line.Colour, Money.ToDecimal(line.UnitPriceMinor), line.Quantity, Money.ToDecimal(line.LineTotalMinor), line.ReturnedQuantity);
}

internal sealed record OrderAddress(string? Name, string? Line1, string? Line2, string? City, string? PostalCode, string? Country);

internal sealed record OrderRefundResponse(Guid Id, decimal Amount, int PointsReturned, string? Reason, DateTime CreatedAt);

/// <summary>A row of an order list.</summary>
internal sealed record OrderSummary(Guid Id, Guid CustomerId, string Status, string PaymentMethod, decimal Total, string Currency, int ItemCount, DateTime PlacedAt);

internal static class OrderRules
{
    public static bool MayCancel(OrderStatus status) => status is OrderStatus.PendingPayment or OrderStatus.Paid;

    public static bool MayShip(Order order) =>
        order.PaymentMethod == PaymentMethod.CashOnDelivery ? order.Status == OrderStatus.PendingPayment : order.Status == OrderStatus.Paid;
}
