using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Goals.UpdateGoal;

/// <summary>Replaces a goal's fields (PUT): a missing sport means every sport, a missing title none.</summary>
internal sealed record UpdateGoal(Guid GoalId, Guid OwnerId, string? Period, string? Metric, string? Sport, double? TargetValue, string? Title)
    : ICommand<GoalResponse>, IGoalInput;
