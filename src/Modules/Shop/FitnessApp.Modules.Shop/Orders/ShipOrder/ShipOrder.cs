using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FluentValidation;
using MediatR;

namespace FitnessApp.Modules.Shop.Orders.ShipOrder;

/// <summary>Operators: the parcel left with a tracking number (card orders once paid, cash on delivery while pending payment).</summary>
internal sealed record ShipOrder(Guid OrderId, string? TrackingNumber) : ICommand<OrderResponse>;

internal sealed class ShipOrderValidator : AbstractValidator<ShipOrder>
{
    public ShipOrderValidator() =>
        RuleFor(r => r.TrackingNumber).NotEmpty().MaximumLength(Order.TrackingMaxLength);
}

internal sealed class ShipOrderHandler(ShopDbContext db, TimeProvider clock) : IRequestHandler<ShipOrder, OrderResponse>
{
    public async Task<OrderResponse> Handle(ShipOrder request, CancellationToken cancellationToken)
    {
        var order = await db.LoadAsync(request.OrderId, null, cancellationToken);
        if (!OrderRules.MayShip(order))
        {
            throw OrderTransitions.Refused(order, "shipped");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        order.Status = OrderStatus.Shipped;
        order.TrackingNumber = request.TrackingNumber!.Trim();
        order.ShippedAt = now;
        order.UpdatedAt = now;
        db.AddIntegrationEvent(new OrderShipped(order.Id, order.CustomerId, order.TrackingNumber) { OccurredAt = now }, now);
        return OrderResponse.From(order);
    }
}
