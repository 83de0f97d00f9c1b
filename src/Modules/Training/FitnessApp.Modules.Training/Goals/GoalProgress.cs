using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Goals;

/// <summary>What of an activity counts towards goals.</summary>
internal sealed record GoalActivity(DateTime StartTime, Sport Sport, double? DistanceMeters, int MovingSeconds, double? ElevationGainMeters);

/// <summary>
/// A goal's progress in one period: <c>value</c> against <c>target</c> in the metric's unit (m, s, m, count),
/// <c>percentage</c> uncapped, <c>endDate</c> the last day of the period, <c>daysLeft</c> counting today (0 once it is over).
/// </summary>
internal sealed record GoalProgress(DateOnly StartDate, DateOnly EndDate, double Value, double Target, double Percentage, bool Achieved, int DaysLeft)
{
    public static GoalProgress Compute(Goal goal, GoalWindow window, DateOnly today, IEnumerable<GoalActivity> activities)
    {
        var counted = activities.Where(a => window.Contains(a.StartTime) && (goal.Sport is null || a.Sport == goal.Sport)).ToList();
        var value = goal.Metric switch
        {
            GoalMetric.Distance => counted.Sum(a => a.DistanceMeters ?? 0),
            GoalMetric.MovingTime => counted.Sum(a => (double)a.MovingSeconds),
            GoalMetric.Elevation => counted.Sum(a => a.ElevationGainMeters ?? 0),
            GoalMetric.Count => counted.Count,
            _ => throw new ArgumentOutOfRangeException(nameof(goal), goal.Metric, null),
        };
        var daysLeft = today >= window.End ? 0 : window.End.DayNumber - Math.Max(today.DayNumber, window.Start.DayNumber);
        var percentage = goal.TargetValue > 0 ? Math.Round(value / goal.TargetValue * 100, 1) : 0;
        return new GoalProgress(window.Start, window.End.AddDays(-1), value, goal.TargetValue, percentage, value >= goal.TargetValue, daysLeft);
    }
}
