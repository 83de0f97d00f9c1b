using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews;

/// <summary>Only customers who received the product may review it: one of their orders containing a variant of it was delivered.</summary>
internal static class ReviewEligibility
{
    public const string NotDelivered = "notDelivered";

    public const string NotDeliveredMessage =
        "Only customers who received this product may review it: none of your delivered orders contains it.";

    public static Task<bool> HasReceivedAsync(ShopDbContext db, Guid userId, Guid productId, CancellationToken cancellationToken) =>
        db.Orders.AnyAsync(
            o => o.CustomerId == userId && o.DeliveredAt != null && o.Lines.Any(l => l.ProductId == productId),
            cancellationToken);
}
