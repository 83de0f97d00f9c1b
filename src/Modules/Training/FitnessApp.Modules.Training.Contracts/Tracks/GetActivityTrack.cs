using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Contracts.Tracks;

/// <summary>
/// An activity's recorded track as far as <see cref="ViewerId"/> may see the activity (its owner, or anyone when it is
/// public): null when it does not exist or is not visible; <see cref="ActivityTrack.Samples"/> empty for an activity
/// without a track (a manual entry).
/// </summary>
public sealed record GetActivityTrack(Guid ActivityId, Guid ViewerId) : IQuery<ActivityTrack?>;

/// <param name="TimeZone">IANA id of where it happened.</param>
/// <param name="Samples">In time order, values as stored (quantised by Training's stream codec).</param>
public sealed record ActivityTrack(
    Guid ActivityId,
    string Title,
    Sport Sport,
    DateTimeOffset StartTime,
    string TimeZone,
    string? DeviceName,
    IReadOnlyList<TrackSample> Samples);
