using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Orders;

internal static class OrderLoading
{
    public static IQueryable<Order> WithDetails(this ShopDbContext db) =>
        db.Orders.Include(o => o.Lines).Include(o => o.Refunds).Include(o => o.Payment).AsSplitQuery();

    /// <summary>The order, or 404 when it does not exist or (with <paramref name="customerId"/>) is another customer's.</summary>
    public static async Task<Order> LoadAsync(this ShopDbContext db, Guid orderId, Guid? customerId, CancellationToken cancellationToken) =>
        await db.WithDetails().SingleOrDefaultAsync(o => o.Id == orderId && (customerId == null || o.CustomerId == customerId), cancellationToken)
        ?? throw new NotFoundException("Order", orderId);
}
