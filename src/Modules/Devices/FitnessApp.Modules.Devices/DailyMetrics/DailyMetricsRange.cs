namespace FitnessApp.Modules.Devices.DailyMetrics;

internal static class DailyMetricsRange
{
    /// <summary>A leap year, so that "the last year" always fits in one call.</summary>
    public const int MaxDays = 366;

    public const string DateFormat = "yyyy-MM-dd";
}
