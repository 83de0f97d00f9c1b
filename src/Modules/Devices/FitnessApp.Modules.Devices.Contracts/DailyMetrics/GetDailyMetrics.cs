using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Contracts.DailyMetrics;

/// <summary>
/// An athlete's daily metrics from their devices (steps, resting heart rate, sleep, weight) for the local dates
/// <paramref name="From"/> to <paramref name="To"/> inclusive, oldest first; days without any metric are left out.
/// For other modules (Training's calendar, Loyalty's step challenges); no visibility check: callers ask for the
/// athlete they act for.
/// </summary>
public sealed record GetDailyMetrics(Guid AthleteId, DateOnly From, DateOnly To) : IQuery<IReadOnlyList<DailyMetricsDay>>;

/// <summary>One local day. Each metric is null when no device reported it that day.</summary>
public sealed record DailyMetricsDay(
    DateOnly Date,
    int? Steps,
    int? RestingHeartRate,
    int? SleepMinutes,
    double? WeightKg);
