using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Payments.Domain;

namespace FitnessApp.Modules.Shop.Payments;

/// <summary>
/// How the order is paid: <c>status</c> is requiresPayment, succeeded, failed or cancelled for card (the processor's hosted
/// page at <c>redirectUrl</c>, or <c>clientSecret</c> for an SDK, while it requires payment) and dueOnDelivery or succeeded
/// for cash.
/// </summary>
internal sealed record OrderPaymentResponse(string Method, string Status, string? RedirectUrl, string? ClientSecret)
{
    public const string DueOnDelivery = "dueOnDelivery";

    public static OrderPaymentResponse From(Order order)
    {
        if (order.Payment is not { } payment)
        {
            var status = OrderTransitions.IsPaid(order) ? WireNames.Of(PaymentStatus.Succeeded)
                : order.PaymentMethod == PaymentMethod.Card && order.Status == OrderStatus.Cancelled ? WireNames.Of(PaymentStatus.Cancelled)
                : DueOnDelivery;
            return new OrderPaymentResponse(WireNames.Of(order.PaymentMethod), status, null, null);
        }

        var open = payment.Status == PaymentStatus.RequiresPayment && order.Status == OrderStatus.PendingPayment;
        return new OrderPaymentResponse(
            WireNames.Of(order.PaymentMethod), WireNames.Of(payment.Status), open ? payment.RedirectUrl : null, open ? payment.ClientSecret : null);
    }
}
