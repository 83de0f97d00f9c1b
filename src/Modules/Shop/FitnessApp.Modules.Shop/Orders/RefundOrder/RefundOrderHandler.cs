using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Payments.Gateways;
using MediatR;

namespace FitnessApp.Modules.Shop.Orders.RefundOrder;

/// <summary>
/// A card order's money goes back through the processor first (idempotent by the refund id); if the processor cannot, the
/// command's transaction rolls back and nothing is recorded (502/503). Cash refunds are paid out by the shop, as before.
/// </summary>
internal sealed class RefundOrderHandler(ShopDbContext db, StockLedger stock, RefundRecorder refunds, PaymentGateways gateways, TimeProvider clock)
    : IRequestHandler<RefundOrder, OrderResponse>
{
    public async Task<OrderResponse> Handle(RefundOrder request, CancellationToken cancellationToken)
    {
        var order = await db.LoadAsync(request.OrderId, null, cancellationToken);
        if (!OrderTransitions.MayRefund(order))
        {
            throw OrderTransitions.Refused(order, "refunded");
        }

        var amount = Money.ToMinor(request.Amount!.Value)!.Value;
        var refundable = order.PaidMinor - order.RefundedMinor;
        if (amount > refundable)
        {
            throw FieldErrors.For("amount", $"'amount' must not exceed {Money.ToDecimal(refundable)}, what was paid minus earlier refunds.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var refundId = Guid.CreateVersion7();
        foreach (var (returned, index) in (request.Lines ?? []).Select((l, i) => (l, i)))
        {
            var line = order.Lines.FirstOrDefault(l => l.SkuId == returned.SkuId)
                ?? throw FieldErrors.For($"lines[{index}].skuId", "'skuId' is not a line of the order.");
            if (returned.Quantity > line.Quantity - line.ReturnedQuantity)
            {
                throw FieldErrors.For($"lines[{index}].quantity", $"'quantity' must not exceed the {line.Quantity - line.ReturnedQuantity} units not yet returned.");
            }

            line.ReturnedQuantity += returned.Quantity!.Value;
            await stock.PutBackAsync(line.SkuId, returned.Quantity.Value, new StockChange(StockChangeReason.Returned, now, order.Id.ToString(), request.ActorId, $"refund {refundId}"), cancellationToken);
        }

        var processorRefundId = await gateways.For(order.PaymentMethod).RefundAsync(order, refundId, amount, cancellationToken);
        await refunds.RecordAsync(order, refundId, amount, request.Reason, request.ActorId, processorRefundId, now, cancellationToken);
        return OrderResponse.From(order);
    }
}
