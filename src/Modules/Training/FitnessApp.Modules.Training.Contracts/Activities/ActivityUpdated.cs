using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Activities;

/// <summary>An activity's sport, title, notes, visibility or gear changed; the fields carry the new values.</summary>
public sealed record ActivityUpdated(
    Guid ActivityId,
    Guid AthleteId,
    Sport Sport,
    DateTime StartTime,
    double? DistanceMeters,
    int ElapsedSeconds,
    int MovingSeconds,
    Visibility Visibility) : IntegrationEvent;
