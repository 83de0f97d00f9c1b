using System.Globalization;

namespace FitnessApp.Modules.Training.Plans.Calendar;

internal static class CalendarMonth
{
    public static bool TryParse(string? text, out DateOnly firstDay)
    {
        firstDay = default;
        if (text is null || text.Length != 7
            || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        firstDay = day;
        return true;
    }

    public static string Of(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
