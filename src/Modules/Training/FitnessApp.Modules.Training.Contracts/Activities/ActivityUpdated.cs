using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Activities;

/// <summary>An activity's sport, title, notes, visibility or gear changed; the fields carry the new values.</summary>
/// <param name="FromDevice">Recorded by a device or imported from its file, not typed in (Loyalty earns less for typed ones).</param>
/// <param name="LocalStartTime">The wall-clock start where the athlete was (Kind unspecified); null in events written before it existed.</param>
public sealed record ActivityUpdated(
    Guid ActivityId,
    Guid AthleteId,
    Sport Sport,
    DateTime StartTime,
    double? DistanceMeters,
    int ElapsedSeconds,
    int MovingSeconds,
    Visibility Visibility,
    bool FromDevice = false,
    double? ElevationGainMeters = null,
    DateTime? LocalStartTime = null) : IntegrationEvent;
