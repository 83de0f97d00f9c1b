using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Domain;
using FitnessApp.Modules.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions;

/// <summary>An order's redemption with its code, as the contracts answer it.</summary>
internal sealed record RedemptionView(PromoCodeRedemption Redemption, string Code)
{
    public PromoRedemptionStatus Status =>
        new(Redemption.OrderId, Code, Redemption.Discount, Redemption.Currency, Redemption.State);

    public PromoRedemptionResult Result =>
        new(Redemption.OrderId, true, Code, Redemption.Discount, Redemption.Currency, null, Redemption.State);
}

internal static class PromoRedemptions
{
    public static Task<RedemptionView?> RedemptionOfAsync(this LoyaltyDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.PromoCodeRedemptions.AsNoTracking()
            .Where(r => r.OrderId == orderId)
            .Join(db.PromoCodes, r => r.PromoCodeId, c => c.Id, (r, c) => new RedemptionView(r, c.Code))
            .FirstOrDefaultAsync(cancellationToken);

    public static async Task<RedemptionView> RequiredRedemptionOfAsync(this LoyaltyDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        await db.RedemptionOfAsync(orderId, cancellationToken) ?? throw new NotFoundException("Promo code redemption", orderId);

    /// <summary>Sets a reserved redemption to <paramref name="state"/>; false when it was not reserved (any more).</summary>
    public static async Task<bool> LeaveReservedAsync(
        this LoyaltyDbContext db, Guid orderId, PromoRedemptionState state, DateTime now, CancellationToken cancellationToken) =>
        await db.PromoCodeRedemptions
            .Where(r => r.OrderId == orderId && r.State == PromoRedemptionState.Reserved)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state).SetProperty(r => r.UpdatedAt, now), cancellationToken) == 1;

    /// <summary>Gives one use back to the code's total and, when known, to the athlete's count.</summary>
    public static async Task GiveBackAsync(this LoyaltyDbContext db, Guid codeId, Guid? userId, CancellationToken cancellationToken)
    {
        await db.PromoCodes.Where(c => c.Id == codeId && c.Redemptions > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Redemptions, c => c.Redemptions - 1), cancellationToken);
        if (userId is { } user)
        {
            await db.PromoCodeUsages.Where(u => u.PromoCodeId == codeId && u.UserId == user && u.Uses > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Uses, u => u.Uses - 1), cancellationToken);
        }
    }
}
