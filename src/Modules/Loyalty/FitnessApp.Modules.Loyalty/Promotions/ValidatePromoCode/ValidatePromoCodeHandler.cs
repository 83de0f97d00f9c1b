using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Domain;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Promotions.ValidatePromoCode;

internal sealed class ValidatePromoCodeHandler(LoyaltyDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.Promotions.ValidatePromoCode, PromoCodeCheck>
{
    public async Task<PromoCodeCheck> Handle(Contracts.Promotions.ValidatePromoCode request, CancellationToken cancellationToken)
    {
        var code = await db.FindCodeAsync(request.Code!, cancellationToken);
        var order = await db.OrderAsync(code, request.UserId, request.OrderAmount!.Value, request.Currency!, request.Country!, cancellationToken);
        var rejection = PromoEvaluation.RejectionOf(code, order, clock.GetUtcNow().UtcDateTime);
        var discount = rejection is null ? PromoEvaluation.DiscountOf(code!, order.Amount) : 0m;
        return new PromoCodeCheck(rejection is null, PromoFormats.Normalize(request.Code!), discount, order.Currency, rejection);
    }
}
