using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Devices.Files.Gpx;

/// <summary>The free-text GPX &lt;type&gt; as apps write it (Garmin, Strava, Komoot…) mapped to our sports.</summary>
internal static class GpxSports
{
    private static readonly Dictionary<string, Sport> Known = new(StringComparer.Ordinal)
    {
        ["running"] = Sport.Running,
        ["run"] = Sport.Running,
        ["street_running"] = Sport.Running,
        ["treadmill_running"] = Sport.Running,
        ["trail_running"] = Sport.TrailRunning,
        ["trailrun"] = Sport.TrailRunning,
        ["cycling"] = Sport.Cycling,
        ["biking"] = Sport.Cycling,
        ["bike"] = Sport.Cycling,
        ["ride"] = Sport.Cycling,
        ["road_biking"] = Sport.Cycling,
        ["road_cycling"] = Sport.Cycling,
        ["mountain_biking"] = Sport.Cycling,
        ["gravel_cycling"] = Sport.Cycling,
        ["indoor_cycling"] = Sport.IndoorCycling,
        ["virtualride"] = Sport.IndoorCycling,
        ["walking"] = Sport.Walking,
        ["walk"] = Sport.Walking,
        ["hiking"] = Sport.Hiking,
        ["hike"] = Sport.Hiking,
        ["swimming"] = Sport.OpenWaterSwimming,
        ["swim"] = Sport.OpenWaterSwimming,
        ["open_water_swimming"] = Sport.OpenWaterSwimming,
        ["lap_swimming"] = Sport.PoolSwimming,
        ["pool_swimming"] = Sport.PoolSwimming,
        ["rowing"] = Sport.Rowing,
        ["skiing"] = Sport.Skiing,
        ["cross_country_skiing"] = Sport.Skiing,
        ["backcountry_skiing"] = Sport.Skiing,
        ["alpine_skiing"] = Sport.Skiing,
        ["nordicski"] = Sport.Skiing,
    };

    public static Sport? From(string? type) =>
        type is null
            ? null
            : Known.TryGetValue(type.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_'), out var sport) ? sport : null;
}
