using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Progress.GetStatistics;

/// <param name="Start">The first day of the period (a Monday for weeks).</param>
/// <param name="End">The last day of the period, inclusive.</param>
/// <param name="Total">All sports together.</param>
/// <param name="BySport">Only sports with activities, most activities first.</param>
internal sealed record PeriodTotals(DateOnly Start, DateOnly End, Totals Total, IReadOnlyList<SportTotals> BySport);

internal sealed record Totals(int Count, double DistanceMeters, long MovingSeconds, double ElevationGainMeters, long Calories);

internal sealed record SportTotals(Sport Sport, int Count, double DistanceMeters, long MovingSeconds, double ElevationGainMeters, long Calories);

/// <param name="Period">week, month or year.</param>
/// <param name="Current">The period containing the requested date.</param>
/// <param name="Series">The last 12 periods, oldest first, ending with <paramref name="Current"/>.</param>
internal sealed record StatisticsResponse(PeriodKind Period, PeriodTotals Current, IReadOnlyList<PeriodTotals> Series, StreakResponse Streaks);
