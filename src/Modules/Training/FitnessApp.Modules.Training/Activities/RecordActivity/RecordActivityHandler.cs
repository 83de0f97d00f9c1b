using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using MediatR;

namespace FitnessApp.Modules.Training.Activities.RecordActivity;

internal sealed class RecordActivityHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<RecordActivity, ActivityResponse>
{
    public Task<ActivityResponse> Handle(RecordActivity request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sport = WireNames.Parse<Sport>(request.Sport!);
        var start = request.StartTime!.Value.UtcDateTime;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(request.TimeZone!);
        var activity = new Activity
        {
            OwnerId = request.OwnerId,
            Sport = sport,
            Title = string.IsNullOrWhiteSpace(request.Title) ? ActivityTitles.Default(sport, TimeZoneInfo.ConvertTimeFromUtc(start, zone)) : request.Title.Trim(),
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes,
            StartTime = start,
            TimeZone = IanaIdOf(zone),
            ElapsedSeconds = request.ElapsedSeconds!.Value,
            MovingSeconds = request.MovingSeconds ?? request.ElapsedSeconds.Value,
            DistanceMeters = request.DistanceMeters,
            ElevationGainMeters = request.ElevationGainMeters,
            AverageHeartRate = request.AverageHeartRate,
            MaxHeartRate = request.MaxHeartRate,
            Calories = request.Calories,
            PerceivedEffort = request.PerceivedEffort,
            Visibility = request.Visibility is null ? Visibility.Private : WireNames.Parse<Visibility>(request.Visibility),
            GearId = request.GearId,
            Source = ActivitySource.Manual,
            CreatedAt = now,
            UpdatedAt = now,
        };
        activity.Exercises.AddRange((request.Exercises ?? []).Select((e, i) => ToExercise(activity.Id, e, i)));

        db.Activities.Add(activity);
        db.AddIntegrationEvent(ActivityEvents.Recorded(activity, now), now);
        return Task.FromResult(ActivityResponse.From(activity));
    }

    /// <summary>Windows ids (accepted by .NET) are stored as their IANA equivalent, so that clients read one kind.</summary>
    private static string IanaIdOf(TimeZoneInfo zone) =>
        !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;

    private static StrengthExercise ToExercise(Guid activityId, ExerciseInput input, int position)
    {
        var exercise = new StrengthExercise { ActivityId = activityId, Position = position, Name = input.Name!.Trim() };
        exercise.Sets.AddRange((input.Sets ?? []).Select((s, i) => new ExerciseSet
        {
            ExerciseId = exercise.Id,
            Position = i,
            Reps = s.Reps!.Value,
            WeightKg = s.WeightKg!.Value,
            RestSeconds = s.RestSeconds,
        }));
        return exercise;
    }
}
