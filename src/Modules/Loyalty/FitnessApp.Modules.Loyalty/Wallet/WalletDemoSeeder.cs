using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Earning;
using FitnessApp.Modules.Loyalty.Earning.Crediting;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Loyalty.Wallet;

/// <summary>
/// Gives each demo athlete a wallet history: points for their demo activities (typed in by the Training seeder, so the real
/// crediting earns nothing for them) at the product's rules as if recorded by a device, dated when each activity ended; a
/// welcome bonus. No spending is invented: the demo shop's orders spend for real. Keys are stable (<c>demo:...</c>), so a second run posts
/// nothing; an athlete who already has a demo entry is skipped; an activity the real crediting already paid is skipped.
/// </summary>
internal sealed class WalletDemoSeeder(
    LoyaltyDbContext db, PointsLedger ledger, IMediator mediator, ModuleCatalog modules, TimeProvider clock, ILogger<WalletDemoSeeder> logger)
    : IDemoSeeder
{
    public const string Source = "Demo";
    public const int WelcomePoints = 100;
    public const int MaxActivities = 300;
    private const string TrainingModuleName = "Training";

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var rules = await db.EarningRules.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var athlete in context.Athletes)
        {
            if (await db.LedgerEntries.AnyAsync(e => e.UserId == athlete.UserId && e.Source == Source, cancellationToken))
            {
                continue;
            }

            var activities = await ActivitiesAsync(athlete.UserId, cancellationToken);
            var posted = await SeedAthleteAsync(athlete.UserId, activities, rules, cancellationToken);
            logger.LogInformation("Demo wallet of {Email}: {Entries} entries", athlete.Email, posted);
        }
    }

    private async Task<int> SeedAthleteAsync(Guid userId, List<AthleteActivitySummary> activities, List<EarningRule> rules, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var first = activities.Count > 0 ? activities[0].StartTime.AddDays(-1) : now.AddDays(-30);
        var entries = 0;
        if (await ledger.PostAsync(new PointsPosting(userId, WelcomePoints, LedgerReason.Adjustment, Source, "demo:welcome", null, "Welcome bonus"), first, cancellationToken) is not null)
        {
            entries++;
        }

        var credited = await db.LedgerEntries.Where(e => e.UserId == userId && e.Subject != null && e.Subject.StartsWith("activity:"))
            .Select(e => e.Subject!).ToListAsync(cancellationToken);
        var earned = WelcomePoints;
        foreach (var activity in activities)
        {
            var subject = ActivityEarning.SubjectOf(activity.Id);
            var facts = new ActivityFacts(activity.Sport, activity.DistanceMeters, activity.MovingSeconds, activity.MovingSeconds, FromDevice: true);
            var points = EarningCalculator.RawPoints(facts, EarningCalculator.RuleFor(activity.Sport, rules), manualFactor: 0, multiplier: 1);
            if (points <= 0 || credited.Contains(subject))
            {
                continue;
            }

            var at = activity.StartTime.AddSeconds(activity.MovingSeconds);
            var posting = new PointsPosting(userId, points, LedgerReason.Activity, Source, $"demo:activity:{activity.Id}", subject, activity.Title);
            if (await ledger.PostAsync(posting, at < now ? at : now, cancellationToken) is not null)
            {
                earned += points;
                entries++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return entries;
    }

    /// <summary>The athlete's activities of every visibility, oldest first (at most <see cref="MaxActivities"/>, the newest).</summary>
    private async Task<List<AthleteActivitySummary>> ActivitiesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var all = new List<AthleteActivitySummary>();
        if (!modules.IsEnabled(TrainingModuleName))
        {
            return all;
        }

        string? cursor = null;
        do
        {
            var page = await mediator.Send(new ListAthleteActivities(userId, Enum.GetValues<Visibility>(), cursor, ListAthleteActivities.MaxLimit), cancellationToken);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null && all.Count < MaxActivities);

        all.Reverse();
        return all;
    }
}
