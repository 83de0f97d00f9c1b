using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Samples.RecordSamples;

/// <summary>
/// A phone's workout session as a Training track: a sample at the start and one at the end (so the elapsed time is the
/// session's), the heart-rate samples between, and the distance spread evenly over time (a phone's summary has no
/// positions; the device's total is passed as the activity's distance).
/// </summary>
internal static class WorkoutTracks
{
    public static RecordTrackActivity ToCommand(SampleInput workout, Guid athleteId, string timeZone, string deviceName)
    {
        var start = workout.Start!.Value;
        var end = workout.End!.Value;
        var seconds = (end - start).TotalSeconds;
        var distance = workout.DistanceMeters;
        double? DistanceAt(DateTimeOffset time) => distance is { } d ? d * Math.Clamp((time - start).TotalSeconds / seconds, 0, 1) : null;

        var samples = new List<TrackSample> { new(start, Distance: DistanceAt(start)) };
        samples.AddRange((workout.HeartRates ?? [])
            .OrderBy(h => h.Time)
            .Select(h => new TrackSample(h.Time!.Value, Distance: DistanceAt(h.Time!.Value), HeartRate: h.Bpm)));
        samples.Add(new TrackSample(end, Distance: DistanceAt(end)));
        return new RecordTrackActivity(
            athleteId,
            WireNames.Parse<Sport>(workout.Sport!),
            start,
            timeZone,
            samples,
            DeviceName: deviceName,
            DeviceCalories: workout.Calories,
            DeviceDistanceMeters: distance);
    }
}
