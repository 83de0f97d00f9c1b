using System.Globalization;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>The facts of an activity that earning looks at.</summary>
internal sealed record ActivityFacts(Sport Sport, double? DistanceMeters, int ElapsedSeconds, int MovingSeconds, bool FromDevice);

/// <summary>The arithmetic of earning, free of storage: rules, factors, multipliers, caps, weeks and streaks.</summary>
internal static class EarningCalculator
{
    /// <summary>The sport's own rule, else the rule for every sport, else none.</summary>
    public static EarningRule? RuleFor(Sport sport, IEnumerable<EarningRule> rules)
    {
        var list = rules as IReadOnlyCollection<EarningRule> ?? [.. rules];
        return list.FirstOrDefault(r => r.Sport == sport) ?? list.FirstOrDefault(r => r.Sport is null);
    }

    /// <summary>
    /// Points before caps: distance × per-km + moving minutes × per-minute + per-workout, times the manual factor for
    /// typed-in activities and the campaign multiplier, rounded down.
    /// </summary>
    public static int RawPoints(ActivityFacts activity, EarningRule? rule, double manualFactor, double multiplier)
    {
        if (rule is null)
        {
            return 0;
        }

        var kilometres = Math.Max(0, activity.DistanceMeters ?? 0) / 1000;
        var seconds = activity.MovingSeconds > 0 ? activity.MovingSeconds : activity.ElapsedSeconds;
        var minutes = Math.Max(0, seconds) / 60.0;
        var points = (kilometres * rule.PointsPerKm) + (minutes * rule.PointsPerMinute) + rule.PointsPerWorkout;
        var factor = activity.FromDevice ? 1 : manualFactor;

        // A hair of tolerance so that 10 km × 10 is 100, not 99.99999.
        return (int)Math.Floor((points * factor * multiplier) + 1e-9);
    }

    /// <summary>What is left of <paramref name="raw"/> under the caps, given what the day and week earned from other activities.</summary>
    public static int Capped(int raw, int earnedThatDay, int earnedThatWeek, int dailyCap, int weeklyCap)
    {
        var room = Math.Min(dailyCap - earnedThatDay, weeklyCap - earnedThatWeek);
        return Math.Clamp(raw, 0, Math.Max(0, room));
    }

    /// <summary>The ISO week of a local date, e.g. <c>2026-W01</c>.</summary>
    public static string IsoWeek(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
    }

    /// <summary>The run of consecutive days in <paramref name="days"/> that contains <paramref name="day"/>: its first day and length.</summary>
    public static (DateOnly Start, int Length) StreakThrough(DateOnly day, IReadOnlySet<DateOnly> days)
    {
        if (!days.Contains(day))
        {
            return (day, 0);
        }

        var start = day;
        while (days.Contains(start.AddDays(-1)))
        {
            start = start.AddDays(-1);
        }

        var end = day;
        while (days.Contains(end.AddDays(1)))
        {
            end = end.AddDays(1);
        }

        return (start, end.DayNumber - start.DayNumber + 1);
    }

    /// <summary>The milestones (multiples of <paramref name="every"/> days) a streak of <paramref name="length"/> days has reached.</summary>
    public static IEnumerable<int> Milestones(int length, int every) =>
        every <= 0 ? [] : Enumerable.Range(1, length / every).Select(k => k * every);
}
