using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions.UpdatePromoCode;

internal sealed class UpdatePromoCodeHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<UpdatePromoCode, PromoCodeResponse>
{
    public async Task<PromoCodeResponse> Handle(UpdatePromoCode request, CancellationToken cancellationToken)
    {
        var code = await db.PromoCodes.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Promo code", request.Id);
        await db.EnsureCodeFreeAsync(request.Code!, request.Id, cancellationToken);
        request.ApplyTo(code, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException($"The promo code {code.Code} already exists.");
        }

        return await db.ResponseAsync(code.Id, cancellationToken);
    }
}
