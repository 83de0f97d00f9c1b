using FitnessApp.Modules.Training.Streams;

namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>Minutes in a heart-rate zone by both methods; the category is "Z1"… ("&lt; Z1" below the first zone).</summary>
internal sealed record ZoneBar(string Zone, double? MaxHeartRateMinutes, double? ReserveMinutes, string MaxHeartRateFrom, string ReserveFrom);

internal static class ZoneBars
{
    public const string BelowZones = "< Z1";

    /// <summary>Empty when neither zone set is known.</summary>
    public static IReadOnlyList<ZoneBar> Build(ZonesResponse? byMaxHeartRate, ZonesResponse? byReserve)
    {
        var count = Math.Max(byMaxHeartRate?.Seconds.Count ?? 0, byReserve?.Seconds.Count ?? 0);
        if (count == 0)
        {
            return [];
        }

        var bars = new List<ZoneBar>(count + 1);
        if (byMaxHeartRate?.BelowZone1Seconds > 0 || byReserve?.BelowZone1Seconds > 0)
        {
            bars.Add(new ZoneBar(BelowZones, Minutes(byMaxHeartRate?.BelowZone1Seconds), Minutes(byReserve?.BelowZone1Seconds), string.Empty, string.Empty));
        }

        for (var z = 0; z < count; z++)
        {
            bars.Add(new ZoneBar(
                $"Z{z + 1}",
                Minutes(SecondsIn(byMaxHeartRate, z)),
                Minutes(SecondsIn(byReserve, z)),
                LowerBound(byMaxHeartRate, z),
                LowerBound(byReserve, z)));
        }

        return bars;
    }

    private static double? SecondsIn(ZonesResponse? zones, int z) => zones is not null && z < zones.Seconds.Count ? zones.Seconds[z] : null;

    private static string LowerBound(ZonesResponse? zones, int z) =>
        zones is not null && z < zones.LowerBoundsBpm.Count ? Math.Round(zones.LowerBoundsBpm[z]).ToString(System.Globalization.CultureInfo.CurrentCulture) : string.Empty;

    private static double? Minutes(double? seconds) => seconds is { } s ? Math.Round(s / 60, 1) : null;
}
