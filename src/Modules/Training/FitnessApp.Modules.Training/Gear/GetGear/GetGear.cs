using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Gear.GetGear;

/// <summary>One of the owner's gear; someone else's is not found.</summary>
internal sealed record GetGear(Guid GearId, Guid OwnerId) : IQuery<GearResponse>;
