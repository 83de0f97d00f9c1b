using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Training.Activities.DeleteActivity;

/// <summary>Deletes one of the owner's activities with its exercises.</summary>
internal sealed record DeleteActivity(Guid ActivityId, Guid OwnerId) : ICommand<Unit>;
