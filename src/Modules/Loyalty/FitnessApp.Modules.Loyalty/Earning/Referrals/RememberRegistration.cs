using FitnessApp.Modules.Accounts.Contracts.Users;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Referrals;

/// <summary>Remembers when an athlete registered: only new athletes may enter a referral code.</summary>
internal sealed class RememberRegistration(LoyaltyDbContext db, TimeProvider clock)
    : IntegrationEventHandler<UserRegistered, LoyaltyDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(UserRegistered e, CancellationToken cancellationToken)
    {
        if (!await Db.RegisteredAthletes.AnyAsync(r => r.UserId == e.UserId, cancellationToken))
        {
            Db.RegisteredAthletes.Add(new RegisteredAthlete { UserId = e.UserId, RegisteredAt = e.OccurredAt });
        }
    }
}
