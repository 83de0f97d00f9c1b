using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Referrals.GetReferral;

/// <summary>The athlete's referral code (made on first use), how many athletes it referred and the points it earned.</summary>
internal sealed record GetReferral(Guid UserId) : ICommand<ReferralResponse>;

internal sealed class GetReferralHandler(LoyaltyDbContext db, ReferralCodes codes) : IRequestHandler<GetReferral, ReferralResponse>
{
    public async Task<ReferralResponse> Handle(GetReferral request, CancellationToken cancellationToken)
    {
        var code = await codes.CodeOfAsync(request.UserId, cancellationToken);
        var count = await db.Referrals.CountAsync(r => r.ReferrerUserId == request.UserId, cancellationToken);
        var points = await db.LedgerEntries.Where(e => e.UserId == request.UserId && e.Reason == LedgerReason.Referral)
            .SumAsync(e => (int?)e.Points, cancellationToken) ?? 0;
        var referred = await db.Referrals.AnyAsync(r => r.ReferredUserId == request.UserId, cancellationToken);
        return new ReferralResponse(code, count, points, referred);
    }
}
