using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>Tells the customer how much was refunded (each refund of several is its own event and email).</summary>
internal sealed class EmailOrderRefunded(ShopDbContext db, TimeProvider clock, OrderEmailSender emails)
    : IntegrationEventHandler<OrderRefunded, ShopDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(OrderRefunded refunded, CancellationToken cancellationToken) =>
        emails.SendAsync(refunded.CustomerId, refunded.OrderId, OrderEmailKind.Refunded, refunded.AmountMinor, refunded.Currency, null, cancellationToken);
}
