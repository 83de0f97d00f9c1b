using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Earning.Referrals.GetReferral;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Referrals.EnterReferralCode;

internal sealed class EnterReferralCodeHandler(LoyaltyDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<EnterReferralCode, ReferralResponse>
{
    public async Task<ReferralResponse> Handle(EnterReferralCode request, CancellationToken cancellationToken)
    {
        var code = ReferralCodes.Normalize(request.Code!);
        var referrer = await db.ReferralCodes.Where(c => c.Code == code).Select(c => (Guid?)c.UserId).FirstOrDefaultAsync(cancellationToken)
            ?? throw FieldErrors.For("code", "No athlete has this referral code.");
        if (referrer == request.UserId)
        {
            throw FieldErrors.For("code", "You cannot enter your own referral code.");
        }

        if (await db.Referrals.AnyAsync(r => r.ReferredUserId == request.UserId, cancellationToken))
        {
            throw new ConflictException("You have already entered a referral code.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var registeredAt = await db.RegisteredAthletes.Where(r => r.UserId == request.UserId).Select(r => (DateTime?)r.RegisteredAt).FirstOrDefaultAsync(cancellationToken);
        if (registeredAt is null || registeredAt < now.AddDays(-RegisteredAthlete.NewAthleteDays))
        {
            throw new ConflictException($"Only athletes who registered within the last {RegisteredAthlete.NewAthleteDays} days can enter a referral code.");
        }

        db.Referrals.Add(new Referral { ReferredUserId = request.UserId, ReferrerUserId = referrer, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetReferral.GetReferral(request.UserId), cancellationToken);
    }
}
