using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Goals;

/// <summary>A goal with its progress in the current and the previous period (the athlete's time zone).</summary>
internal sealed record GoalResponse(
    Guid Id,
    GoalPeriod Period,
    GoalMetric Metric,
    Sport? Sport,
    double TargetValue,
    string? Title,
    GoalProgress Current,
    GoalProgress Previous,
    DateTime CreatedAt,
    DateTime UpdatedAt);
