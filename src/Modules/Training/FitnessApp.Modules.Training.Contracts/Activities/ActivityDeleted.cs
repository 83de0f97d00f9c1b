using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Activities;

/// <summary>An activity was deleted; the fields carry its last values.</summary>
public sealed record ActivityDeleted(
    Guid ActivityId,
    Guid AthleteId,
    Sport Sport,
    DateTime StartTime,
    double? DistanceMeters,
    int ElapsedSeconds,
    int MovingSeconds,
    Visibility Visibility) : IntegrationEvent;
