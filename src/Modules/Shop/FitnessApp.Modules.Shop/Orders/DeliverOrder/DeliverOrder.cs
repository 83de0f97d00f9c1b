using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using MediatR;

namespace FitnessApp.Modules.Shop.Orders.DeliverOrder;

/// <summary>Operators: the parcel was delivered. Cash on delivery is paid now: the points and promo code use are committed.</summary>
internal sealed record DeliverOrder(Guid OrderId) : ICommand<OrderResponse>;

internal sealed class DeliverOrderHandler(ShopDbContext db, OrderLoyalty loyalty, TimeProvider clock) : IRequestHandler<DeliverOrder, OrderResponse>
{
    public async Task<OrderResponse> Handle(DeliverOrder request, CancellationToken cancellationToken)
    {
        var order = await db.LoadAsync(request.OrderId, null, cancellationToken);
        if (order.Status != OrderStatus.Shipped)
        {
            throw OrderTransitions.Refused(order, "delivered");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!OrderTransitions.IsPaid(order))
        {
            order.PaidMinor = order.TotalMinor;
            order.PaidAt = now;
            db.AddIntegrationEvent(new OrderPaid(order.Id, order.CustomerId, order.PaidMinor, order.Currency) { OccurredAt = now }, now);
            await loyalty.CommitAsync(order, cancellationToken);
        }

        order.Status = OrderStatus.Delivered;
        order.DeliveredAt = now;
        order.UpdatedAt = now;
        db.AddIntegrationEvent(new OrderDelivered(order.Id, order.CustomerId) { OccurredAt = now }, now);
        return OrderResponse.From(order);
    }
}
