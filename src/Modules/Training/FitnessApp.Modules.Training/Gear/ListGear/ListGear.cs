using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Gear.ListGear;

/// <summary>The owner's gear, in use first, then by name; each with its accumulated distance.</summary>
internal sealed record ListGear(Guid OwnerId) : IQuery<IReadOnlyList<GearResponse>>;
