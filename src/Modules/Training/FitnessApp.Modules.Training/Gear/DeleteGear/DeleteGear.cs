using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Training.Gear.DeleteGear;

/// <summary>Deletes one of the owner's gear; the activities that named it keep no gear.</summary>
internal sealed record DeleteGear(Guid GearId, Guid OwnerId) : ICommand<Unit>;
