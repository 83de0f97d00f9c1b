using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.DailyMetrics.ListDailyMetrics;

/// <summary>The caller's daily metrics for local dates <c>from</c> to <c>to</c> (yyyy-MM-dd, inclusive, at most 366 days).</summary>
internal sealed record ListDailyMetrics(Guid AthleteId, string? From, string? To) : IQuery<IReadOnlyList<DailyMetricsDay>>;
