using FitnessApp.Modules.Training.Domain;
namespace FitnessApp.Modules.Training.Progress;

internal enum PeriodKind
{
    Week,
    Month,
    Year,
}

/// <summary>Calendar periods over local dates: ISO weeks (Monday to Sunday), calendar months and years.</summary>
internal static class Periods
{
    public static DateOnly StartOf(PeriodKind kind, DateOnly date) => kind switch
    {
        PeriodKind.Week => IsoWeek.MondayOf(date),
        PeriodKind.Month => new DateOnly(date.Year, date.Month, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };

    /// <summary>The start of the period <paramref name="count"/> periods after the one starting at <paramref name="start"/>.</summary>
    public static DateOnly Add(PeriodKind kind, DateOnly start, int count) => kind switch
    {
        PeriodKind.Week => start.AddDays(7 * count),
        PeriodKind.Month => start.AddMonths(count),
        _ => start.AddYears(count),
    };

    /// <summary>The starts of the <paramref name="count"/> periods ending with the one containing <paramref name="date"/>, oldest first.</summary>
    public static IReadOnlyList<DateOnly> LastStarts(PeriodKind kind, DateOnly date, int count)
    {
        var current = StartOf(kind, date);
        return Enumerable.Range(0, count).Select(i => Add(kind, current, i - count + 1)).ToList();
    }
}
