namespace FitnessApp.Modules.Training.Domain;

/// <summary>
/// What a sport implies for its numbers. <see cref="StoppedSpeedKmh"/> is the speed under which the athlete
/// counts as stopped when moving time is computed from a track; null where there is no track (no GPS).
/// </summary>
internal sealed record SportRule(double? StoppedSpeedKmh, bool HasDistance, bool HasElevation);
