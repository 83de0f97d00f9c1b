namespace FitnessApp.Modules.Devices.DailyMetrics;

/// <summary>One athlete's metrics for one local day, recomputed from the samples whenever a sample of that day arrives.</summary>
internal sealed class DailyMetric
{
    public Guid OwnerId { get; init; }

    public DateOnly Date { get; init; }

    public int? Steps { get; set; }

    public int? RestingHeartRate { get; set; }

    public int? SleepMinutes { get; set; }

    public double? WeightKg { get; set; }

    public DateTime UpdatedAt { get; set; }
}
