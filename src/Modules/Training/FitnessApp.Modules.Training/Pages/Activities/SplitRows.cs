using System.Globalization;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Pages.Shared;
using FitnessApp.Modules.Training.Streams;

namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>One row of the splits table, formatted.</summary>
/// <param name="Label">"1", "2", … and the last partial split as its fraction of the unit, e.g. "0.43".</param>
internal sealed record SplitRow(string Label, bool IsPartial, string Time, string PaceOrSpeed, string HeartRate);

/// <summary>The splits in the athlete's unit (km or mile splits), pace or speed by sport.</summary>
internal static class SplitRows
{
    public static IReadOnlyList<SplitRow> Build(ActivityStatisticsResponse statistics, Sport sport, Measures measures)
    {
        var splits = measures.IsImperial ? statistics.MileSplits : statistics.KilometerSplits;
        var unitMeters = measures.IsImperial ? Measures.MetersPerMile : 1000;
        return splits.Select(split =>
        {
            var partial = split.Fraction < 1;
            var label = partial ? split.Fraction.ToString("0.00", CultureInfo.CurrentCulture) : split.Number.ToString(CultureInfo.CurrentCulture);
            var effort = SportDisplay.ShowsPace(sport)
                ? Measures.PaceClock(split.PaceSecondsPerUnit)
                : split.PaceSecondsPerUnit > 0 ? measures.Speed(unitMeters / split.PaceSecondsPerUnit) : Measures.Missing;
            var heartRate = split.AverageHeartRate is { } hr ? Math.Round(hr).ToString(CultureInfo.CurrentCulture) : Measures.Missing;
            return new SplitRow(label, partial, Measures.Duration(split.MovingSeconds), effort, heartRate);
        }).ToList();
    }
}
