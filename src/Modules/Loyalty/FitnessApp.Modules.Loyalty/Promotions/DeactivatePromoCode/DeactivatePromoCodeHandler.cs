using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions.DeactivatePromoCode;

internal sealed class DeactivatePromoCodeHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<DeactivatePromoCode, PromoCodeResponse>
{
    public async Task<PromoCodeResponse> Handle(DeactivatePromoCode request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.PromoCodes.Where(c => c.Id == request.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Active, false).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        return changed == 0 ? throw new NotFoundException("Promo code", request.Id) : await db.ResponseAsync(request.Id, cancellationToken);
    }
}
