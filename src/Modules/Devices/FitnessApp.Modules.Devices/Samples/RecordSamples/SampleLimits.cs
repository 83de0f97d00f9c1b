namespace FitnessApp.Modules.Devices.Samples.RecordSamples;

/// <summary>What one batch and one sample may hold: physically possible values only.</summary>
internal static class SampleLimits
{
    /// <summary>Items per batch; more is a 413 (send them in several batches).</summary>
    public const int MaxBatch = 5_000;

    public const int MaxWorkoutHeartRates = 20_000;

    public const double MaxStepsPerInterval = 100_000;

    public const double MinHeartRate = 20;

    public const double MaxHeartRate = 250;

    public const double MaxRestingHeartRate = 150;

    public const double MinWeightKg = 2;

    public const double MaxWeightKg = 500;

    public const double MaxWorkoutDistanceMeters = 1_000_000;

    public const double MaxWorkoutCalories = 20_000;

    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(1);

    public static readonly TimeSpan MaxWorkout = TimeSpan.FromDays(7);

    /// <summary>A clock a little ahead is tolerated; a sample further in the future is a broken clock.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(1);

    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
