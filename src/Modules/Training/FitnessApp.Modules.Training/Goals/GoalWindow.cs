using FitnessApp.Modules.Training.Domain;
namespace FitnessApp.Modules.Training.Goals;

/// <summary>
/// One period in the athlete's calendar: <see cref="Start"/> and <see cref="End"/> (exclusive) as local days, and the
/// UTC instants at which those days begin there.
/// </summary>
internal sealed record GoalWindow(DateOnly Start, DateOnly End, DateTime StartUtc, DateTime EndUtc)
{
    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;
}

internal static class GoalPeriods
{
    public static DateOnly StartOf(GoalPeriod period, DateOnly day) => period switch
    {
        GoalPeriod.Week => IsoWeek.MondayOf(day),
        GoalPeriod.Month => new DateOnly(day.Year, day.Month, 1),
        GoalPeriod.Year => new DateOnly(day.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    public static DateOnly Add(GoalPeriod period, DateOnly start, int count) => period switch
    {
        GoalPeriod.Week => start.AddDays(7 * count),
        GoalPeriod.Month => start.AddMonths(count),
        GoalPeriod.Year => start.AddYears(count),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>The period holding <paramref name="nowUtc"/> in <paramref name="zone"/>, or one before it (<paramref name="offset"/> −1).</summary>
    public static GoalWindow Window(GoalPeriod period, DateTime nowUtc, TimeZoneInfo zone, int offset = 0)
    {
        var today = Today(nowUtc, zone);
        var start = Add(period, StartOf(period, today), offset);
        var end = Add(period, start, 1);
        return new GoalWindow(start, end, StartOfDayUtc(start, zone), StartOfDayUtc(end, zone));
    }

    public static DateOnly Today(DateTime nowUtc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));

    /// <summary>
    /// The instant a local day begins. Where a DST change skips midnight the day begins at the first valid minute;
    /// where midnight happens twice, at its first occurrence.
    /// </summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        if (zone.IsAmbiguousTime(local))
        {
            return DateTime.SpecifyKind(local - zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
