using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Gear.CreateGear;

/// <summary>Adds gear; without a threshold, shoes get 800 km and other gear none.</summary>
internal sealed record CreateGear(
    Guid OwnerId,
    string? Kind,
    string? Name,
    string? Brand,
    string? Model,
    IReadOnlyList<string>? Sports,
    double? InitialDistanceMeters,
    double? RetirementThresholdMeters) : ICommand<GearResponse>, IGearInput;
