using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Files;

/// <summary>
/// One activity read from a file (a FIT session, a GPX track, a TCX activity), in the units of Training's
/// <see cref="TrackSample"/> contract (degrees, metres, bpm, rpm, watts, m/s, °C), before anything is stored.
/// Totals are the device's own when the file carries them; null otherwise.
/// </summary>
/// <param name="Format">"fit", "gpx" or "tcx".</param>
/// <param name="Sport">The file's sport mapped to ours; null when the file does not say.</param>
/// <param name="Samples">In file order (time order is the statistics engine's job).</param>
/// <param name="Pauses">Timer stop/start intervals from the device, [start, end).</param>
internal sealed record ParsedActivity(
    string Format,
    Sport? Sport,
    DateTimeOffset StartTime,
    IReadOnlyList<TrackSample> Samples,
    IReadOnlyList<TrackPause> Pauses,
    IReadOnlyList<ParsedLap> Laps,
    string? Name = null,
    string? DeviceName = null,
    double? TotalDistanceMeters = null,
    double? TotalCalories = null,
    double? TotalElapsedSeconds = null,
    double? TotalTimerSeconds = null);

/// <summary>A lap as the device summarised it.</summary>
internal sealed record ParsedLap(
    DateTimeOffset StartTime,
    double? ElapsedSeconds,
    double? TimerSeconds,
    double? DistanceMeters,
    double? Calories,
    double? AverageHeartRate,
    double? MaxHeartRate,
    double? AverageCadence,
    double? MaxCadence);
