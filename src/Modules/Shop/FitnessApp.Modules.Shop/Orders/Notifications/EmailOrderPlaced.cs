using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>Tells the customer their order was received (once per event: the inbox skips a redelivery).</summary>
internal sealed class EmailOrderPlaced(ShopDbContext db, TimeProvider clock, OrderEmailSender emails)
    : IntegrationEventHandler<OrderPlaced, ShopDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(OrderPlaced placed, CancellationToken cancellationToken) =>
        emails.SendAsync(placed.CustomerId, placed.OrderId, OrderEmailKind.Placed, placed.TotalMinor, placed.Currency, null, cancellationToken);
}
