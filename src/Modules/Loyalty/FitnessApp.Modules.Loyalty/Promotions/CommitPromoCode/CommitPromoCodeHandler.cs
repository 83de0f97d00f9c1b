using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Promotions.CommitPromoCode;

internal sealed class CommitPromoCodeHandler(LoyaltyDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.Promotions.CommitPromoCode, PromoRedemptionStatus>
{
    public async Task<PromoRedemptionStatus> Handle(Contracts.Promotions.CommitPromoCode request, CancellationToken cancellationToken)
    {
        await db.LeaveReservedAsync(request.OrderId, PromoRedemptionState.Committed, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var redemption = await db.RequiredRedemptionOfAsync(request.OrderId, cancellationToken);
        return redemption.Redemption.State == PromoRedemptionState.Released
            ? throw new ConflictException("The order's promo code was released; it cannot be committed.")
            : redemption.Status;
    }
}
