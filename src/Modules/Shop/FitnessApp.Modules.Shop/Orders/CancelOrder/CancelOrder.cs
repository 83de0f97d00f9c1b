using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;

namespace FitnessApp.Modules.Shop.Orders.CancelOrder;

/// <summary>
/// Cancels an order before shipment: stock goes back, reserved points and promo code use are released. The customer's own
/// (<paramref name="CustomerId"/>) or any (operators, null).
/// </summary>
internal sealed record CancelOrder(Guid OrderId, Guid? CustomerId, Guid ActorId) : ICommand<OrderResponse>;

internal sealed class CancelOrderHandler(ShopDbContext db, StockLedger stock, OrderLoyalty loyalty, Payments.PaymentTransitions payments, TimeProvider clock)
    : IRequestHandler<CancelOrder, OrderResponse>
{
    public async Task<OrderResponse> Handle(CancelOrder request, CancellationToken cancellationToken)
    {
        var order = await db.LoadAsync(request.OrderId, request.CustomerId, cancellationToken);
        if (!OrderRules.MayCancel(order.Status))
        {
            throw OrderTransitions.Refused(order, "cancelled");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await payments.BeforeCancelAsync(order, request.ActorId, now, cancellationToken);
        // Variants in id order, as checkout takes them, so that the two cannot lock rows in opposite orders.
        foreach (var line in order.Lines.OrderBy(l => l.SkuId))
        {
            await stock.PutBackAsync(line.SkuId, line.Quantity, new StockChange(StockChangeReason.OrderReleased, now, order.Id.ToString(), request.ActorId), cancellationToken);
        }

        order.Status = OrderStatus.Cancelled;
        order.CancelledAt = now;
        order.UpdatedAt = now;
        db.AddIntegrationEvent(new OrderCancelled(order.Id, order.CustomerId, request.CustomerId is null) { OccurredAt = now }, now);
        await loyalty.ReleaseAsync(order, cancellationToken);
        return OrderResponse.From(order);
    }
}
