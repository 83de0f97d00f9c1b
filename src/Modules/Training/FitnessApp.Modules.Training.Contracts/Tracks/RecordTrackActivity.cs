using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Contracts.Tracks;

/// <summary>
/// Records an activity from a device's track (the Devices module's entry into Training). Training stores the samples
/// compactly, computes the statistics, and publishes <see cref="ActivityRecorded"/>. Invalid input throws a
/// validation error naming the field (e.g. <c>Samples[3].Latitude</c>); nothing is stored then.
/// </summary>
/// <param name="TimeZone">IANA id of where it happened, e.g. <c>Europe/Berlin</c>.</param>
/// <param name="Visibility">Private when not given.</param>
/// <param name="Pauses">Device timer stop/start intervals, [start, end).</param>
/// <param name="OwnerOnly">
/// The activity may only ever be seen by its owner (e.g. a provider's terms for synced activities): its visibility is
/// private and cannot be changed.
/// </param>
public sealed record RecordTrackActivity(
    Guid AthleteId,
    Sport Sport,
    DateTimeOffset StartTime,
    string TimeZone,
    IReadOnlyList<TrackSample> Samples,
    string? Title = null,
    Visibility? Visibility = null,
    string? DeviceName = null,
    double? DeviceCalories = null,
    double? DeviceDistanceMeters = null,
    IReadOnlyList<TrackPause>? Pauses = null,
    bool OwnerOnly = false) : ICommand<RecordedTrackActivity>;

/// <summary>One sample: degrees, metres (altitude, cumulative distance), bpm, rpm, watts, m/s, °C.</summary>
public sealed record TrackSample(
    DateTimeOffset Time,
    double? Latitude = null,
    double? Longitude = null,
    double? Altitude = null,
    double? Distance = null,
    double? HeartRate = null,
    double? Cadence = null,
    double? Power = null,
    double? Speed = null,
    double? Temperature = null);

public sealed record TrackPause(DateTimeOffset Start, DateTimeOffset End);

public sealed record RecordedTrackActivity(Guid ActivityId, double DistanceMeters, int ElapsedSeconds, int MovingSeconds);
