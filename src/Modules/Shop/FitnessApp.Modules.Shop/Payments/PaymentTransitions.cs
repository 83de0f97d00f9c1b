using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Orders.RefundOrder;
using FitnessApp.Modules.Shop.Payments.Domain;
using FitnessApp.Modules.Shop.Payments.Gateways;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Shop.Payments;

/// <summary>
/// What a card payment's outcome does to its order, inside the caller's Shop transaction: paid (OrderPaid, Loyalty commits the
/// points and promo code use, as delivery does for cash) or cancelled (stock, points and promo code use given back). Each
/// returns false when the order has already moved on, so a late or repeated outcome changes nothing.
/// </summary>
internal sealed partial class PaymentTransitions(
    ShopDbContext db, StockLedger stock, OrderLoyalty loyalty, PaymentGateways gateways, RefundRecorder refunds, ILogger<PaymentTransitions> logger)
{
    public async Task<bool> MarkPaidAsync(Order order, DateTime now, CancellationToken cancellationToken)
    {
        var payment = order.Payment!;
        if (order.Status != OrderStatus.PendingPayment)
        {
            if (order.Status == OrderStatus.Cancelled && payment.Status != PaymentStatus.Succeeded)
            {
                // The customer paid on the processor's page after the order was given up: operators must refund it.
                payment.Move(PaymentStatus.Succeeded, now);
                LogPaidAfterCancel(logger, order.Id, payment.IntentId);
            }

            return false;
        }

        payment.Move(PaymentStatus.Succeeded, now);
        order.Status = OrderStatus.Paid;
        order.PaidMinor = order.TotalMinor;
        order.PaidAt = now;
        order.UpdatedAt = now;
        db.AddIntegrationEvent(new OrderPaid(order.Id, order.CustomerId, order.PaidMinor, order.Currency) { OccurredAt = now }, now);
        await loyalty.CommitAsync(order, cancellationToken);
        return true;
    }

    /// <summary>The payment failed or never came: the order is cancelled and everything it reserved is given back.</summary>
    public async Task<bool> CancelUnpaidAsync(Order order, PaymentStatus outcome, string? reason, DateTime now, CancellationToken cancellationToken)
    {
        var payment = order.Payment!;
        if (order.Status != OrderStatus.PendingPayment)
        {
            return false;
        }

        foreach (var line in order.Lines.OrderBy(l => l.SkuId))
        {
            await stock.PutBackAsync(line.SkuId, line.Quantity, new StockChange(StockChangeReason.OrderReleased, now, order.Id.ToString(), null, $"payment {WireNames(outcome)}"), cancellationToken);
        }

        payment.Move(outcome, now);
        payment.FailureReason = reason is null ? null : reason[..Math.Min(reason.Length, Payment.ErrorMaxLength)];
        order.Status = OrderStatus.Cancelled;
        order.CancelledAt = now;
        order.UpdatedAt = now;
        db.AddIntegrationEvent(new OrderCancelled(order.Id, order.CustomerId, false) { OccurredAt = now }, now);
        await loyalty.ReleaseAsync(order, cancellationToken);
        return true;
    }

    /// <summary>
    /// Before a card order is cancelled by its customer or an operator: an open intent is cancelled at the processor (so it
    /// can no longer be paid), and money already paid goes back through the processor (502/503 and no cancel when it cannot).
    /// </summary>
    public async Task BeforeCancelAsync(Order order, Guid actorId, DateTime now, CancellationToken cancellationToken)
    {
        if (order.Payment is not { } payment)
        {
            return;
        }

        var gateway = gateways.For(order.PaymentMethod);
        if (payment.Status == PaymentStatus.RequiresPayment)
        {
            await gateway.CancelAsync(payment, cancellationToken);
            payment.Move(PaymentStatus.Cancelled, now);
            return;
        }

        var outstanding = order.PaidMinor - order.RefundedMinor;
        if (outstanding > 0)
        {
            var refundId = Guid.CreateVersion7();
            var processorRefundId = await gateway.RefundAsync(order, refundId, outstanding, cancellationToken);
            var status = order.Status;
            await refunds.RecordAsync(order, refundId, outstanding, "Order cancelled", actorId, processorRefundId, now, cancellationToken);
            order.Status = status;
        }
    }

    private static string WireNames(PaymentStatus status) => Shared.Web.WireNames.Of(status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} was paid (intent {IntentId}) after it was cancelled: refund it")]
    private static partial void LogPaidAfterCancel(ILogger logger, Guid orderId, string intentId);
}
