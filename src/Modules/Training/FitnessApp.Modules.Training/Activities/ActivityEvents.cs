using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;

namespace FitnessApp.Modules.Training.Activities;

internal static class ActivityEvents
{
    public static ActivityRecorded Recorded(Activity a, DateTime now) =>
        new(a.Id, a.OwnerId, a.Sport, a.StartTime, a.DistanceMeters, a.ElapsedSeconds, a.MovingSeconds, a.Visibility, a.Source == ActivitySource.Device, a.ElevationGainMeters, LocalStart(a)) { OccurredAt = now };

    public static ActivityUpdated Updated(Activity a, DateTime now) =>
        new(a.Id, a.OwnerId, a.Sport, a.StartTime, a.DistanceMeters, a.ElapsedSeconds, a.MovingSeconds, a.Visibility, a.Source == ActivitySource.Device, a.ElevationGainMeters, LocalStart(a)) { OccurredAt = now };

    public static ActivityDeleted Deleted(Activity a, DateTime now) =>
        new(a.Id, a.OwnerId, a.Sport, a.StartTime, a.DistanceMeters, a.ElapsedSeconds, a.MovingSeconds, a.Visibility, a.Source == ActivitySource.Device, a.ElevationGainMeters, LocalStart(a)) { OccurredAt = now };

    /// <summary>The wall-clock start where the athlete was (Kind unspecified), for time-of-day and local-day rules in other modules.</summary>
    private static DateTime LocalStart(Activity a) => DateTime.SpecifyKind(a.LocalStartTime, DateTimeKind.Unspecified);
}
