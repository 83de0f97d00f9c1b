using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Contracts.Gear;

/// <summary>
/// The gear in use (not retired) of each of <paramref name="OwnerIds"/>, with its distance and retirement threshold, in one
/// call (Shop's offers). The distance counts the initial distance and the owner's own activities, but not activities synced
/// from a provider whose terms keep them to the owner (<c>OwnerOnly</c>): their data must not feed anything else.
/// </summary>
public sealed record GetGearWear(IReadOnlyCollection<Guid> OwnerIds) : IQuery<IReadOnlyList<GearWearItem>>;

/// <param name="Sports">The sports the owner uses the gear for (may be empty).</param>
/// <param name="RetirementThresholdMeters">Null when the gear has none.</param>
public sealed record GearWearItem(
    Guid OwnerId,
    Guid GearId,
    GearType Type,
    string Name,
    string? Brand,
    string? Model,
    IReadOnlyList<Sport> Sports,
    double DistanceMeters,
    double? RetirementThresholdMeters);

public enum GearType
{
    Shoes,
    Bike,
    Other,
}
