using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>Tells the customer the parcel was delivered.</summary>
internal sealed class EmailOrderDelivered(ShopDbContext db, TimeProvider clock, OrderEmailSender emails)
    : IntegrationEventHandler<OrderDelivered, ShopDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(OrderDelivered delivered, CancellationToken cancellationToken) =>
        emails.SendAsync(delivered.CustomerId, delivered.OrderId, OrderEmailKind.Delivered, 0, string.Empty, null, cancellationToken);
}
