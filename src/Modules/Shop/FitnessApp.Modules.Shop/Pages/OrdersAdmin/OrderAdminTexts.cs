using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Orders;
using Microsoft.Extensions.Localization;

namespace FitnessApp.Modules.Shop.Pages.OrdersAdmin;

/// <summary>Status and payment names of the operators' order pages.</summary>
internal static class OrderAdminTexts
{
    public static string Status(IStringLocalizer<OrdersAdminText> t, OrderStatus status) => status switch
    {
        OrderStatus.PendingPayment => t["Status_PendingPayment"],
        OrderStatus.Paid => t["Status_Paid"],
        OrderStatus.Shipped => t["Status_Shipped"],
        OrderStatus.Delivered => t["Status_Delivered"],
        OrderStatus.Cancelled => t["Status_Cancelled"],
        _ => t["Status_Refunded"],
    };

    public static string Payment(IStringLocalizer<OrdersAdminText> t, PaymentMethod method) =>
        method == PaymentMethod.Card ? t["Payment_Card"] : t["Payment_CashOnDelivery"];
}
