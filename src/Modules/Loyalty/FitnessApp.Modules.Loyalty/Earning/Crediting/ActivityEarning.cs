using System.Globalization;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Crediting;

/// <summary>An activity as Training's events describe it.</summary>
internal sealed record ActivityFact(
    Guid EventId, Guid ActivityId, Guid UserId, Sport Sport, DateTime StartTime, DateTime? LocalStartTime,
    double? DistanceMeters, int ElapsedSeconds, int MovingSeconds, bool FromDevice)
{
    public ActivityFacts Facts => new(Sport, DistanceMeters, ElapsedSeconds, MovingSeconds, FromDevice);

    public DateOnly LocalDate => DateOnly.FromDateTime(LocalStartTime ?? StartTime);

    public string Subject => ActivityEarning.SubjectOf(ActivityId);
}

/// <summary>
/// Credits, adjusts and takes back what activities earn, through <see cref="PointsLedger"/>, keeping
/// <see cref="EarnedActivity"/> rows for the caps. The caller's unit of work saves.
/// </summary>
internal sealed class ActivityEarning(LoyaltyDbContext db, PointsLedger ledger, TimeProvider clock)
{
    public const string Source = "Training";

    public static string SubjectOf(Guid activityId) => $"activity:{activityId}";

    public async Task CreditAsync(ActivityFact activity, CancellationToken cancellationToken)
    {
        if (await db.EarnedActivities.AnyAsync(e => e.ActivityId == activity.ActivityId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await SettingsAsync(cancellationToken);
        var date = activity.LocalDate;
        var week = EarningCalculator.IsoWeek(date);
        var points = await PointsAsync(activity, settings, date, week, cancellationToken);
        var counts = activity.FromDevice || settings.ManualFactor > 0;
        var firstOfWeek = counts && !await db.EarnedActivities.AnyAsync(e => e.UserId == activity.UserId && e.IsoWeek == week && e.Counts, cancellationToken);
        db.EarnedActivities.Add(new EarnedActivity
        {
            ActivityId = activity.ActivityId,
            UserId = activity.UserId,
            LocalDate = date,
            IsoWeek = week,
            Counts = counts,
            Points = points,
            RecordedAt = now,
        });

        await ledger.PostAsync(new PointsPosting(activity.UserId, points, LedgerReason.Activity, Source, activity.EventId.ToString(), activity.Subject, NoteOf(activity)), now, cancellationToken);
        if (firstOfWeek)
        {
            await ledger.PostAsync(new PointsPosting(activity.UserId, settings.FirstActivityOfWeekBonus, LedgerReason.FirstActivityOfWeek, Source, $"first-of-week:{week}", activity.Subject, week), now, cancellationToken);
        }

        if (counts)
        {
            await CreditStreakAsync(activity, settings, date, now, cancellationToken);
        }
    }

    /// <summary>Recomputes what the activity earns now and posts the difference.</summary>
    public async Task AdjustAsync(ActivityFact activity, CancellationToken cancellationToken)
    {
        var earned = await db.EarnedActivities.FirstOrDefaultAsync(e => e.ActivityId == activity.ActivityId, cancellationToken);
        if (earned is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await SettingsAsync(cancellationToken);
        var date = activity.LocalDate;
        var week = EarningCalculator.IsoWeek(date);
        var points = await PointsAsync(activity, settings, date, week, cancellationToken);
        var difference = points - earned.Points;
        earned.Points = points;
        earned.LocalDate = date;
        earned.IsoWeek = week;
        var reason = difference > 0 ? LedgerReason.Activity : LedgerReason.Reversal;
        await ledger.PostAsync(new PointsPosting(activity.UserId, difference, reason, Source, activity.EventId.ToString(), activity.Subject, NoteOf(activity)), now, cancellationToken);
    }

    /// <summary>Takes back everything posted about the activity.</summary>
    public async Task ReverseAsync(ActivityFact activity, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var posted = await db.LedgerEntries.Where(e => e.UserId == activity.UserId && e.Subject == activity.Subject)
            .SumAsync(e => (int?)e.Points, cancellationToken) ?? 0;
        if (posted > 0)
        {
            await ledger.PostAsync(new PointsPosting(activity.UserId, -posted, LedgerReason.Reversal, Source, activity.EventId.ToString(), activity.Subject, NoteOf(activity)), now, cancellationToken);
        }

        await db.EarnedActivities.Where(e => e.ActivityId == activity.ActivityId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<EarningSettings> SettingsAsync(CancellationToken cancellationToken) =>
        await db.EarningSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new EarningSettings();

    private async Task<int> PointsAsync(ActivityFact activity, EarningSettings settings, DateOnly date, string week, CancellationToken cancellationToken)
    {
        var rules = await db.EarningRules.AsNoTracking().ToListAsync(cancellationToken);
        var multiplier = await db.BonusCampaigns.AsNoTracking()
            .Where(c => c.StartsAt <= activity.StartTime && activity.StartTime < c.EndsAt && (c.Sport == null || c.Sport == activity.Sport))
            .Select(c => (double?)c.Multiplier)
            .ToListAsync(cancellationToken);
        var raw = EarningCalculator.RawPoints(activity.Facts, EarningCalculator.RuleFor(activity.Sport, rules), settings.ManualFactor, multiplier.Max() ?? 1);
        var others = db.EarnedActivities.Where(e => e.UserId == activity.UserId && e.ActivityId != activity.ActivityId);
        var day = await others.Where(e => e.LocalDate == date).SumAsync(e => (int?)e.Points, cancellationToken) ?? 0;
        var inWeek = await others.Where(e => e.IsoWeek == week).SumAsync(e => (int?)e.Points, cancellationToken) ?? 0;
        return EarningCalculator.Capped(raw, day, inWeek, settings.DailyCap, settings.WeeklyCap);
    }

    private async Task CreditStreakAsync(ActivityFact activity, EarningSettings settings, DateOnly date, DateTime now, CancellationToken cancellationToken)
    {
        if (settings.StreakDays <= 0 || settings.StreakBonus <= 0)
        {
            return;
        }

        var from = date.AddDays(-366);
        var to = date.AddDays(366);
        var days = await db.EarnedActivities.Where(e => e.UserId == activity.UserId && e.Counts && e.LocalDate >= from && e.LocalDate <= to)
            .Select(e => e.LocalDate).Distinct().ToListAsync(cancellationToken);
        var set = days.Append(date).ToHashSet();
        var (start, length) = EarningCalculator.StreakThrough(date, set);
        foreach (var milestone in EarningCalculator.Milestones(length, settings.StreakDays))
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"streak:{start:yyyy-MM-dd}:{milestone}");
            await ledger.PostAsync(new PointsPosting(activity.UserId, settings.StreakBonus, LedgerReason.Streak, Source, key, activity.Subject, $"{milestone} days"), now, cancellationToken);
        }
    }

    private static string NoteOf(ActivityFact activity) => activity.DistanceMeters is > 0 and var meters
        ? string.Create(CultureInfo.InvariantCulture, $"{WireNames.Of(activity.Sport)} {meters / 1000:0.0} km")
        : string.Create(CultureInfo.InvariantCulture, $"{WireNames.Of(activity.Sport)} {activity.MovingSeconds / 60} min");
}
