using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shop.Contracts.Orders;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Purchases;

/// <summary>
/// A refund takes back the purchase points in proportion to the money refunded (a full refund: whatever is left of them),
/// one reversal per refund.
/// </summary>
internal sealed class ReverseRefundedOrder(LoyaltyDbContext db, TimeProvider clock, PointsLedger ledger)
    : IntegrationEventHandler<OrderRefunded, LoyaltyDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(OrderRefunded refunded, CancellationToken cancellationToken)
    {
        var credit = PurchaseKeys.Credit(refunded.OrderId);
        var prefix = PurchaseKeys.ReversalPrefix(refunded.OrderId);
        var entries = await Db.LedgerEntries
            .Where(e => e.UserId == refunded.CustomerId && (e.SourceKey == credit || e.SourceKey.StartsWith(prefix)))
            .Select(e => new { e.SourceKey, e.Points })
            .ToListAsync(cancellationToken);
        var credited = entries.Where(e => e.SourceKey == credit).Sum(e => e.Points);
        var left = credited + entries.Where(e => e.SourceKey != credit).Sum(e => e.Points);
        var due = refunded.Full || refunded.PaidMinor <= 0 ? left : (int)Math.Min(left, credited * refunded.AmountMinor / refunded.PaidMinor);
        if (due <= 0)
        {
            return;
        }

        var posting = new PointsPosting(
            refunded.CustomerId, -due, LedgerReason.Reversal, PurchaseKeys.Source, PurchaseKeys.Reversal(refunded.OrderId, refunded.RefundId),
            PurchaseKeys.Subject(refunded.OrderId), "Order refunded");
        await ledger.PostAsync(posting, Clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
