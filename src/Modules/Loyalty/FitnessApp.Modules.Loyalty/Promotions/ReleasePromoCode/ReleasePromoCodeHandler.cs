using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Promotions.ReleasePromoCode;

/// <summary>Only the request that moves the redemption out of <c>reserved</c> gives the use back, so releasing twice gives back once.</summary>
internal sealed class ReleasePromoCodeHandler(LoyaltyDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.Promotions.ReleasePromoCode, PromoRedemptionStatus>
{
    public async Task<PromoRedemptionStatus> Handle(Contracts.Promotions.ReleasePromoCode request, CancellationToken cancellationToken)
    {
        var released = await db.LeaveReservedAsync(request.OrderId, PromoRedemptionState.Released, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var redemption = await db.RequiredRedemptionOfAsync(request.OrderId, cancellationToken);
        if (released)
        {
            await db.GiveBackAsync(redemption.Redemption.PromoCodeId, redemption.Redemption.UserId, cancellationToken);
        }

        return redemption.Redemption.State == PromoRedemptionState.Committed
            ? throw new ConflictException("The order's promo code was committed (the order was paid); it cannot be released.")
            : redemption.Status;
    }
}
