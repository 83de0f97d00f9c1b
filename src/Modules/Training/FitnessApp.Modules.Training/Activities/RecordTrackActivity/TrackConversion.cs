using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Activities.RecordTrackActivity;

/// <summary>From the contract's samples to the statistics engine's input, times in seconds from the activity start.</summary>
internal static class TrackConversion
{
    public static TrackSamples ToTrackSamples(Contracts.Tracks.RecordTrackActivity request)
    {
        var samples = request.Samples;
        var start = request.StartTime;
        return new TrackSamples(samples.Select(s => (s.Time - start).TotalSeconds).ToArray())
        {
            StartUtc = start.ToUniversalTime(),
            Latitude = Channel(samples, s => s.Latitude),
            Longitude = Channel(samples, s => s.Longitude),
            Altitude = Channel(samples, s => s.Altitude),
            Distance = Channel(samples, s => s.Distance),
            HeartRate = Channel(samples, s => s.HeartRate),
            Cadence = Channel(samples, s => s.Cadence),
            Power = Channel(samples, s => s.Power),
            Speed = Channel(samples, s => s.Speed),
            Temperature = Channel(samples, s => s.Temperature),
        };
    }

    public static TrackStatisticsOptions OptionsFor(Contracts.Tracks.RecordTrackActivity request, AthleteProfile? athlete = null)
    {
        var rule = SportRules.For(request.Sport);
        return new TrackStatisticsOptions
        {
            StoppedSpeedKmh = rule.StoppedSpeedKmh ?? 0,
            ElevationApplies = rule.HasElevation,
            Pauses = (request.Pauses ?? [])
                .Select(p => new PauseInterval((p.Start - request.StartTime).TotalSeconds, (p.End - request.StartTime).TotalSeconds))
                .ToList(),
            Met = MetFor(request.Sport),
            DeviceCaloriesKcal = request.DeviceCalories,
            Athlete = athlete ?? new AthleteProfile(),
        };
    }

    /// <summary>The Compendium table for the sports it covers; a representative constant MET for the others.</summary>
    public static MetTable? MetFor(Sport sport) => sport switch
    {
        Sport.Running or Sport.TrailRunning => MetTable.Running,
        Sport.Walking or Sport.Hiking => MetTable.Walking,
        Sport.Cycling or Sport.IndoorCycling => MetTable.Cycling,
        Sport.PoolSwimming or Sport.OpenWaterSwimming => MetTable.Constant(8.0),
        Sport.Rowing => MetTable.Constant(7.0),
        Sport.Skiing => MetTable.Constant(7.0),
        Sport.Strength => MetTable.Constant(5.0),
        Sport.Yoga => MetTable.Constant(2.5),
        _ => null,
    };

    /// <summary>NaN for a missing value; null when no sample has the channel.</summary>
    private static double[]? Channel(IReadOnlyList<TrackSample> samples, Func<TrackSample, double?> value) =>
        samples.Any(s => value(s) is not null) ? samples.Select(s => value(s) ?? double.NaN).ToArray() : null;
}
