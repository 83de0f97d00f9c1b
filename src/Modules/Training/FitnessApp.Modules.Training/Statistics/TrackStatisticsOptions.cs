namespace FitnessApp.Modules.Training.Statistics;

/// <summary>The sport's rules and the athlete's data that the statistics of one track depend on.</summary>
internal sealed record TrackStatisticsOptions
{
    /// <summary>An interval whose speed is below this (km/h) is stopped time (running 1.5, cycling 4, walking 0.5 ...).</summary>
    public double StoppedSpeedKmh { get; init; } = 1.0;

    /// <summary>Whether elevation gain/loss applies to the sport (false: they are reported as <see langword="null"/>).</summary>
    public bool ElevationApplies { get; init; } = true;

    /// <summary>Device timer stop/start intervals.</summary>
    public IReadOnlyList<PauseInterval> Pauses { get; init; } = [];

    public AthleteProfile Athlete { get; init; } = new();

    /// <summary>The sport's MET table for the calorie estimate; <see langword="null"/>: no estimate.</summary>
    public MetTable? Met { get; init; }

    /// <summary>The device's own calorie total (kcal); wins over the estimate when positive.</summary>
    public double? DeviceCaloriesKcal { get; init; }

    /// <summary>Session RPE (1-10), for the training load when there is no heart rate.</summary>
    public int? PerceivedEffort { get; init; }

    /// <summary>
    /// Intervals between samples longer than this (seconds) are "gaps": their instantaneous sensor values
    /// (speed, heart rate, power) are not trusted for the whole gap. See <see cref="TrackStatisticsCalculator"/>.
    /// </summary>
    public double MaxGapSeconds { get; init; } = 10;

    /// <summary>A position implying a speed above this (m/s) from the last accepted one is a GPS jump.</summary>
    public double MaxPlausibleSpeedMetersPerSecond { get; init; } = 100;

    /// <summary>The full width (seconds) of the centred moving average applied to altitude before the hysteresis.</summary>
    public double ElevationSmoothingSeconds { get; init; } = 10;

    /// <summary>The hysteresis (metres): climbs or descents smaller than this between turning points are noise.</summary>
    public double ElevationThresholdMeters { get; init; } = 3;

    /// <summary>The best-effort distances (metres) to search, with their names.</summary>
    public IReadOnlyList<(string Name, double Meters)> BestEffortDistances { get; init; } = StandardBestEfforts;

    public static IReadOnlyList<(string Name, double Meters)> StandardBestEfforts { get; } =
    [
        ("400m", 400), ("1k", 1_000), ("1mile", 1_609.344), ("5k", 5_000), ("10k", 10_000),
        ("half-marathon", 21_097.5), ("marathon", 42_195),
    ];
}
