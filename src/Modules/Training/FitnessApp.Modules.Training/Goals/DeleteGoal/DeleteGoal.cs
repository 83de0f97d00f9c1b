using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Training.Goals.DeleteGoal;

internal sealed record DeleteGoal(Guid GoalId, Guid OwnerId) : ICommand<Unit>;
