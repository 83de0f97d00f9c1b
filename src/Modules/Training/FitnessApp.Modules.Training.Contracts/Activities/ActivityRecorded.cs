using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Activities;

/// <summary>An activity was recorded (manually or from a device).</summary>
public sealed record ActivityRecorded(
    Guid ActivityId,
    Guid AthleteId,
    Sport Sport,
    DateTime StartTime,
    double? DistanceMeters,
    int ElapsedSeconds,
    int MovingSeconds,
    Visibility Visibility) : IntegrationEvent;
