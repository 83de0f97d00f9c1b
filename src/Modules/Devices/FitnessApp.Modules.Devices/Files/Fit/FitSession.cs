namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>A session message's summary: the frame of one activity.</summary>
internal sealed record FitSession(
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    int? Sport,
    int? SubSport,
    double? TotalDistanceMeters,
    double? TotalCalories,
    double? TotalElapsedSeconds,
    double? TotalTimerSeconds);
