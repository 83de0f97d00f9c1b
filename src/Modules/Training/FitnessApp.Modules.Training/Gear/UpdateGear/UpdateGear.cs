using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Gear.UpdateGear;

/// <summary>Replaces the gear's fields (PUT): a missing threshold means none, a missing initial distance 0.</summary>
internal sealed record UpdateGear(
    Guid GearId,
    Guid OwnerId,
    string? Kind,
    string? Name,
    string? Brand,
    string? Model,
    IReadOnlyList<string>? Sports,
    double? InitialDistanceMeters,
    double? RetirementThresholdMeters) : ICommand<GearResponse>, IGearInput;
