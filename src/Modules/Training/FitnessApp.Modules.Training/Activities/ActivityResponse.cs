using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Statistics;
using FitnessApp.Modules.Training.Streams;

namespace FitnessApp.Modules.Training.Activities;

/// <summary>An activity as the API shows it; <c>localStartTime</c> is the athlete's wall clock at the start.</summary>
internal sealed record ActivityResponse(
    Guid Id,
    Guid AthleteId,
    Sport Sport,
    string Title,
    string? Notes,
    DateTime StartTime,
    string TimeZone,
    DateTime LocalStartTime,
    int ElapsedSeconds,
    int MovingSeconds,
    double? DistanceMeters,
    double? ElevationGainMeters,
    int? AverageHeartRate,
    int? MaxHeartRate,
    int? Calories,
    int? PerceivedEffort,
    Visibility Visibility,
    Guid? GearId,
    ActivitySource Source,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<ExerciseResponse> Exercises,
    double TotalVolumeKg,
    ActivityStatisticsResponse? Statistics = null,
    double? TrainingLoad = null,
    TrainingLoadMethod? TrainingLoadMethod = null,
    string? DeviceName = null)
{
    public static ActivityResponse From(Activity a) => From(a, null);

    /// <summary>The activity, with the statistics computed from its track when it has one.</summary>
    public static ActivityResponse From(Activity a, ActivityStatisticsResponse? statistics) => new(
        a.Id, a.OwnerId, a.Sport, a.Title, a.Notes, a.StartTime, a.TimeZone, a.LocalStartTime, a.ElapsedSeconds, a.MovingSeconds,
        a.DistanceMeters, a.ElevationGainMeters, a.AverageHeartRate, a.MaxHeartRate, a.Calories, a.PerceivedEffort, a.Visibility,
        a.GearId, a.Source, a.CreatedAt, a.UpdatedAt, a.Exercises.OrderBy(e => e.Position).Select(ExerciseResponse.From).ToList(), a.TotalVolumeKg, statistics,
        a.TrainingLoad is { } load ? Math.Round(load, 1) : null, a.TrainingLoadMethod, a.DeviceName);
}

internal sealed record ExerciseResponse(string Name, IReadOnlyList<SetResponse> Sets, double VolumeKg)
{
    public static ExerciseResponse From(StrengthExercise e) =>
        new(e.Name, e.Sets.OrderBy(s => s.Position).Select(s => new SetResponse(s.Reps, s.WeightKg, s.RestSeconds)).ToList(), e.Volume);
}

internal sealed record SetResponse(int Reps, double WeightKg, int? RestSeconds);
