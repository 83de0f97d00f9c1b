using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Activities.RecordTrackActivity;
using FitnessApp.Modules.Training.Consent;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Progress;
using FitnessApp.Modules.Training.Statistics;
using MediatR;

namespace FitnessApp.Modules.Training.Activities.RecordActivity;

/// <summary>
/// Stores a manual activity with its facts for progress: the local date, the training load (docs/adr/0009) and,
/// when the athlete gave no calories but Accounts knows their weight, the MET estimate.
/// </summary>
internal sealed class RecordActivityHandler(TrainingDbContext db, TimeProvider clock, IMediator mediator) : IRequestHandler<RecordActivity, ActivityResponse>
{
    public async Task<ActivityResponse> Handle(RecordActivity request, CancellationToken cancellationToken)
    {
        if (request.AverageHeartRate is not null || request.MaxHeartRate is not null)
        {
            request = await HeartRateConsent.GivenAsync(mediator, request.OwnerId, cancellationToken) ? request : request with { AverageHeartRate = null, MaxHeartRate = null };
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var sport = WireNames.Parse<Sport>(request.Sport!);
        var start = request.StartTime!.Value.UtcDateTime;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(request.TimeZone!);
        var localDate = LocalDates.Of(start, zone);
        var profile = await AthleteProfiles.LoadAsync(mediator, request.OwnerId, cancellationToken);
        var athlete = AthleteProfiles.ForStatistics(profile, localDate);
        var moving = request.MovingSeconds ?? request.ElapsedSeconds!.Value;
        var loadSeconds = moving > 0 ? moving : request.ElapsedSeconds!.Value;
        var load = TrainingLoads.Estimate(sport, loadSeconds, request.AverageHeartRate, request.PerceivedEffort, athlete);
        var activity = new Activity
        {
            OwnerId = request.OwnerId,
            Sport = sport,
            Title = string.IsNullOrWhiteSpace(request.Title) ? ActivityTitles.Default(sport, TimeZoneInfo.ConvertTimeFromUtc(start, zone)) : request.Title.Trim(),
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes,
            StartTime = start,
            TimeZone = TimeZones.IanaIdOf(zone),
            ElapsedSeconds = request.ElapsedSeconds!.Value,
            MovingSeconds = moving,
            DistanceMeters = request.DistanceMeters,
            ElevationGainMeters = request.ElevationGainMeters,
            AverageHeartRate = request.AverageHeartRate,
            MaxHeartRate = request.MaxHeartRate,
            Calories = request.Calories ?? EstimateCalories(sport, loadSeconds, request.DistanceMeters, athlete.WeightKg),
            PerceivedEffort = request.PerceivedEffort,
            Visibility = request.Visibility is null ? AthleteProfiles.DefaultVisibility(profile) : WireNames.Parse<Visibility>(request.Visibility),
            GearId = request.GearId,
            Source = ActivitySource.Manual,
            LocalDate = localDate,
            TrainingLoad = load.Value,
            TrainingLoadMethod = load.Method,
            CreatedAt = now,
            UpdatedAt = now,
        };
        activity.Exercises.AddRange((request.Exercises ?? []).Select((e, i) => ToExercise(activity.Id, e, i)));

        db.Activities.Add(activity);
        db.AddIntegrationEvent(ActivityEvents.Recorded(activity, now), now);
        return ActivityResponse.From(activity);
    }

    /// <summary>MET (at the average speed when there is a distance) × kg × hours; null without a weight or a MET for the sport.</summary>
    private static int? EstimateCalories(Sport sport, int seconds, double? distanceMeters, double? weightKg)
    {
        if (weightKg is not > 0 || seconds <= 0 || TrackConversion.MetFor(sport) is not { } met)
        {
            return null;
        }

        var speedKmh = distanceMeters is > 0 ? distanceMeters.Value / seconds * 3.6 : double.NaN;
        return (int)Math.Round(met.MetAt(speedKmh) * weightKg.Value * (seconds / 3600.0));
    }

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
