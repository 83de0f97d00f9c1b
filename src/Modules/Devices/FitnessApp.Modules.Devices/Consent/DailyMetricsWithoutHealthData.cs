using FitnessApp.Modules.Devices.Contracts.DailyMetrics;

namespace FitnessApp.Modules.Devices.Consent;

/// <summary>
/// Daily metrics as shown without the health-data consent: steps only (a day left with no metric is left out). The
/// stored rows of an athlete without consent hold no health values anyway; this guards rows kept from before.
/// </summary>
internal static class DailyMetricsWithoutHealthData
{
    public static IEnumerable<DailyMetricsDay> Of(IEnumerable<DailyMetricsDay> days) =>
        days.Where(d => d.Steps is not null).Select(d => d with { RestingHeartRate = null, SleepMinutes = null, WeightKg = null });
}
