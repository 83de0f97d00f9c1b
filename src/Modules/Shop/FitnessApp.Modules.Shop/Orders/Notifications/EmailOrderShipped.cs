using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>Tells the customer the parcel left, with its tracking number.</summary>
internal sealed class EmailOrderShipped(ShopDbContext db, TimeProvider clock, OrderEmailSender emails)
    : IntegrationEventHandler<OrderShipped, ShopDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(OrderShipped shipped, CancellationToken cancellationToken) =>
        emails.SendAsync(shipped.CustomerId, shipped.OrderId, OrderEmailKind.Shipped, 0, string.Empty, shipped.TrackingNumber, cancellationToken);
}
