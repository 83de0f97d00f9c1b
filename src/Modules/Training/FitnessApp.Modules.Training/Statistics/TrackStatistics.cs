namespace FitnessApp.Modules.Training.Statistics;

/// <summary>Where the distance came from.</summary>
internal enum DistanceSource
{
    None = 0,
    Device = 1,
    Positions = 2,
    SpeedIntegration = 3,
}

/// <summary>What cleaning did to the input (see <see cref="TrackCleaner"/>).</summary>
/// <param name="InputSamples">Samples received.</param>
/// <param name="DroppedInvalidTime">Samples without a finite time, dropped.</param>
/// <param name="WasReordered">Whether the samples had to be sorted by time.</param>
/// <param name="MergedDuplicates">Samples folded into another one with the same time.</param>
/// <param name="RejectedGpsJumps">Positions (or device distance steps) rejected as implausibly fast.</param>
internal sealed record TrackCleaningReport(
    int InputSamples,
    int DroppedInvalidTime,
    bool WasReordered,
    int MergedDuplicates,
    int RejectedGpsJumps);

/// <summary>Average (time-weighted) and maximum of one sensor channel.</summary>
internal readonly record struct ChannelSummary(double Average, double Max);

/// <summary>Time in five heart-rate zones.</summary>
/// <param name="LowerBoundsBpm">The lower bound of zones 1-5 in bpm (zone 5 is open upwards).</param>
/// <param name="Seconds">Seconds spent in zones 1-5.</param>
/// <param name="BelowZone1Seconds">Seconds below zone 1.</param>
internal sealed record HeartRateZones(double[] LowerBoundsBpm, double[] Seconds, double BelowZone1Seconds);

/// <summary>One split.</summary>
/// <param name="Number">1-based.</param>
/// <param name="DistanceMeters">The split's length: the unit, or less for the last, partial split.</param>
/// <param name="Fraction">DistanceMeters / unit (1 for full splits).</param>
/// <param name="ElapsedSeconds">Clock time of the split.</param>
/// <param name="MovingSeconds">Moving time of the split.</param>
/// <param name="PaceSecondsPerUnit">Moving seconds per unit (km or mile), scaled up for a partial split.</param>
/// <param name="AverageHeartRate">Time-weighted heart rate over the split, when there is heart rate.</param>
internal readonly record struct Split(
    int Number,
    double DistanceMeters,
    double Fraction,
    double ElapsedSeconds,
    double MovingSeconds,
    double PaceSecondsPerUnit,
    double? AverageHeartRate = null);

/// <summary>The fastest elapsed time to cover a distance, and where in the track it lies.</summary>
internal readonly record struct BestEffort(
    string Name,
    double DistanceMeters,
    double ElapsedSeconds,
    double StartSeconds,
    double EndSeconds);

internal enum CaloriesSource
{
    Device = 1,
    MetEstimate = 2,
}

internal readonly record struct CaloriesResult(double Kilocalories, CaloriesSource Source);

internal enum TrainingLoadMethod
{
    BanisterTrimp = 1,
    SessionRpe = 2,

    /// <summary>Neither heart rate nor perceived effort: the sport's default intensity (see docs/adr/0009-training-load.md).</summary>
    SportDefault = 3,
}

/// <param name="Value">TRIMP units (Banister) or arbitrary units minutes × RPE (session RPE).</param>
/// <param name="Method">Which formula produced <paramref name="Value"/>.</param>
/// <param name="RestingHeartRateAssumed">True when TRIMP used the default 60 bpm resting heart rate.</param>
internal readonly record struct TrainingLoad(double Value, TrainingLoadMethod Method, bool RestingHeartRateAssumed);

/// <summary>All statistics of one activity track. Speeds are m/s, distances metres, times seconds.</summary>
internal sealed record TrackStatistics
{
    public required TrackCleaningReport Cleaning { get; init; }

    public required int SampleCount { get; init; }

    public required double DistanceMeters { get; init; }

    public required DistanceSource DistanceSource { get; init; }

    public required double ElapsedSeconds { get; init; }

    public required double MovingSeconds { get; init; }

    public double? AverageSpeed { get; init; }

    public double? MaxSpeed { get; init; }

    public double? AveragePaceSecondsPerKm { get; init; }

    public double? ElevationGainMeters { get; init; }

    public double? ElevationLossMeters { get; init; }

    public double? MinAltitudeMeters { get; init; }

    public double? MaxAltitudeMeters { get; init; }

    public ChannelSummary? HeartRate { get; init; }

    public HeartRateZones? ZonesByMaxHeartRate { get; init; }

    public HeartRateZones? ZonesByHeartRateReserve { get; init; }

    public ChannelSummary? Cadence { get; init; }

    public ChannelSummary? Power { get; init; }

    public double? NormalizedPowerWatts { get; init; }

    public ChannelSummary? Temperature { get; init; }

    public required IReadOnlyList<Split> KilometerSplits { get; init; }

    public required IReadOnlyList<Split> MileSplits { get; init; }

    public required IReadOnlyList<BestEffort> BestEfforts { get; init; }

    public CaloriesResult? Calories { get; init; }

    public TrainingLoad? TrainingLoad { get; init; }
}
