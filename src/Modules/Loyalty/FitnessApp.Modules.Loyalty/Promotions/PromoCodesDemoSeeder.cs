using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Domain;
using FitnessApp.Modules.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions;

/// <summary>WELCOME10: 10 % off, for a year from the first seeding, 1000 uses, one per athlete, everywhere.</summary>
internal sealed class PromoCodesDemoSeeder(LoyaltyDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string WelcomeCode = "WELCOME10";

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (await db.PromoCodes.AnyAsync(c => c.Code == WelcomeCode, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.PromoCodes.Add(new PromoCode
        {
            Code = WelcomeCode,
            Kind = PromoKind.Percentage,
            Percent = 10,
            StartsAt = now,
            EndsAt = now.AddYears(1),
            TotalLimit = 1000,
            PerUserLimit = 1,
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
