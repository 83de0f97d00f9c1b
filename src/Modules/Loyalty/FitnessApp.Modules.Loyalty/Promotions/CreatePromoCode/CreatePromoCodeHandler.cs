using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Loyalty.Promotions.Domain;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions.CreatePromoCode;

internal sealed class CreatePromoCodeHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<CreatePromoCode, PromoCodeResponse>
{
    public async Task<PromoCodeResponse> Handle(CreatePromoCode request, CancellationToken cancellationToken)
    {
        await db.EnsureCodeFreeAsync(request.Code!, null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var code = new PromoCode { CreatedAt = now };
        request.ApplyTo(code, now);
        db.PromoCodes.Add(code);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException($"The promo code {code.Code} already exists.");
        }

        return PromoCodeResponse.From(code, 0);
    }
}
