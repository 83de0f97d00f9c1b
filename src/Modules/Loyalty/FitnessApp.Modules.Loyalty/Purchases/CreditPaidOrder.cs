using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Loyalty.Purchases;

/// <summary>A paid order earns purchase points for the money paid (not for the part paid with points).</summary>
internal sealed class CreditPaidOrder(LoyaltyDbContext db, TimeProvider clock, PointsLedger ledger, IOptions<PurchaseOptions> options)
    : IntegrationEventHandler<OrderPaid, LoyaltyDbContext>(db, clock)
{
    public const int MinorPerUnit = 100;

    protected override async Task HandleOnceAsync(OrderPaid paid, CancellationToken cancellationToken)
    {
        var points = (int)Math.Min(int.MaxValue, paid.AmountMinor * options.Value.PointsPerCurrencyUnit / MinorPerUnit);
        var posting = new PointsPosting(
            paid.CustomerId, points, LedgerReason.Purchase, PurchaseKeys.Source, PurchaseKeys.Credit(paid.OrderId), PurchaseKeys.Subject(paid.OrderId),
            $"Order paid: {paid.AmountMinor / (decimal)MinorPerUnit:0.00} {paid.Currency}");
        await ledger.PostAsync(posting, Clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
