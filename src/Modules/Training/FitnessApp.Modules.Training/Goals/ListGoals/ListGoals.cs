using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Goals.ListGoals;

/// <summary>The owner's goals (weekly, then monthly, then yearly; oldest first) with their progress.</summary>
internal sealed record ListGoals(Guid OwnerId) : IQuery<IReadOnlyList<GoalResponse>>;
