using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Contracts.Orders;

namespace FitnessApp.Modules.Shop.Orders;

internal static class OrderTransitions
{
    /// <summary>409 naming the order's status when a transition does not apply to it.</summary>
    public static ConflictException Refused(Order order, string action) =>
        new($"An order in status '{WireNames.Of(order.Status)}' cannot be {action}.",
            new Dictionary<string, object?> { ["field"] = "status", ["orderStatus"] = WireNames.Of(order.Status) });

    public static bool IsPaid(Order order) => order.PaidAt is not null;

    public static bool MayRefund(Order order) =>
        IsPaid(order) && order.Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered && order.PaidMinor > order.RefundedMinor;
}
