using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>Confirms the payment to the customer.</summary>
internal sealed class EmailOrderPaid(ShopDbContext db, TimeProvider clock, OrderEmailSender emails)
    : IntegrationEventHandler<OrderPaid, ShopDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(OrderPaid paid, CancellationToken cancellationToken) =>
        emails.SendAsync(paid.CustomerId, paid.OrderId, OrderEmailKind.Paid, paid.AmountMinor, paid.Currency, null, cancellationToken);
}
