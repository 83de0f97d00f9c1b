using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>Tells the customer the order was cancelled (by them or by the shop) and what was given back.</summary>
internal sealed class EmailOrderCancelled(ShopDbContext db, TimeProvider clock, OrderEmailSender emails)
    : IntegrationEventHandler<OrderCancelled, ShopDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(OrderCancelled cancelled, CancellationToken cancellationToken) =>
        emails.SendAsync(cancelled.CustomerId, cancelled.OrderId, OrderEmailKind.Cancelled, 0, string.Empty, null, cancellationToken);
}
