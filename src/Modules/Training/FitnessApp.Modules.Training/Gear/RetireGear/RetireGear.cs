using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Gear.RetireGear;

/// <summary>Retires gear (keeping the first retirement date when it already is) or puts it back in use.</summary>
internal sealed record RetireGear(Guid GearId, Guid OwnerId, bool Retired) : ICommand<GearResponse>;
