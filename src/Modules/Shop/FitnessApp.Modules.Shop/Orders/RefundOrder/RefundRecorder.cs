using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Payments.Domain;

namespace FitnessApp.Modules.Shop.Orders.RefundOrder;

/// <summary>
/// Records money given back on an order (an operator's refund, one made at the card processor, a cancelled paid order): the
/// refunded amount, a proportional share of the spent points back through Loyalty, the refund row, the processor's refund id
/// (so its webhook does not record it twice), a full refund's status and the OrderRefunded event. The caller checked the amount.
/// </summary>
internal sealed class RefundRecorder(ShopDbContext db, OrderLoyalty loyalty)
{
    public async Task RecordAsync(
        Order order, Guid refundId, long amount, string? reason, Guid actorId, string? processorRefundId, DateTime now, CancellationToken cancellationToken)
    {
        order.RefundedMinor += amount;
        var full = order.RefundedMinor == order.PaidMinor;

        // Points come back in proportion to the money refunded so far (all of them with a full refund).
        var pointsDue = order.PaidMinor == 0 ? order.PointsUsed : (int)(order.PointsUsed * order.RefundedMinor / order.PaidMinor);
        var points = await loyalty.RefundPointsAsync(order, refundId, pointsDue - order.PointsRefunded, cancellationToken);
        order.PointsRefunded += points;
        db.OrderRefunds.Add(new OrderRefund
        {
            Id = refundId,
            OrderId = order.Id,
            AmountMinor = amount,
            PointsReturned = points,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            ActorId = actorId,
            CreatedAt = now,
        });
        if (processorRefundId is not null)
        {
            db.PaymentRefunds.Add(new PaymentRefund
            {
                Id = Guid.CreateVersion7(),
                OrderId = order.Id,
                OrderRefundId = refundId,
                ProcessorRefundId = processorRefundId,
                AmountMinor = amount,
                CreatedAt = now,
            });
        }

        if (full)
        {
            order.Status = OrderStatus.Refunded;
        }

        order.UpdatedAt = now;
        db.AddIntegrationEvent(new OrderRefunded(order.Id, order.CustomerId, refundId, amount, order.PaidMinor, order.Currency, full) { OccurredAt = now }, now);
    }
}
