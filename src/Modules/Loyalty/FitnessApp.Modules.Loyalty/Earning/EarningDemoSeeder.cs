using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>A running campaign (double points this month and next) so the demo shows one; idempotent by name.</summary>
internal sealed class EarningDemoSeeder(LoyaltyDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string CampaignName = "Demo: double running points";

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (await db.BonusCampaigns.AnyAsync(c => c.Name == CampaignName, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddMonths(2);
        var busy = await db.BonusCampaigns.AnyAsync(c => (c.Sport == null || c.Sport == Sport.Running) && c.StartsAt < end && start < c.EndsAt, cancellationToken);
        if (busy)
        {
            return;
        }

        db.BonusCampaigns.Add(new BonusCampaign { Name = CampaignName, Sport = Sport.Running, Multiplier = 2, StartsAt = start, EndsAt = end, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
    }
}
