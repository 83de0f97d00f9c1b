namespace FitnessApp.Modules.Training.Progress;

internal static class LocalDates
{
    /// <summary>The calendar date a UTC instant falls on in <paramref name="zone"/> (daylight saving included).</summary>
    public static DateOnly Of(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));
}
