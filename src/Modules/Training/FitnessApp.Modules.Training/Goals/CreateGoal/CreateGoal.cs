using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Goals.CreateGoal;

/// <summary>Sets a goal for every week, month or year; <see cref="Sport"/> null counts every sport.</summary>
internal sealed record CreateGoal(Guid OwnerId, string? Period, string? Metric, string? Sport, double? TargetValue, string? Title)
    : ICommand<GoalResponse>, IGoalInput;
