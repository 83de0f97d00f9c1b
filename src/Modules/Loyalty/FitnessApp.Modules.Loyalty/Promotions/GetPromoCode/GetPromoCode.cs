using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Promotions.GetPromoCode;

internal sealed record GetPromoCode(Guid Id) : IQuery<PromoCodeResponse>;

internal sealed class GetPromoCodeHandler(LoyaltyDbContext db) : IRequestHandler<GetPromoCode, PromoCodeResponse>
{
    public Task<PromoCodeResponse> Handle(GetPromoCode request, CancellationToken cancellationToken) =>
        db.ResponseAsync(request.Id, cancellationToken);
}
