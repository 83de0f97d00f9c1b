using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Activities.RecordActivity;

/// <summary>
/// Records a manual activity. Sport and visibility are the wire names (<c>trailRunning</c>, <c>private</c>),
/// so that an unknown one is a validation error naming its field.
/// </summary>
internal sealed record RecordActivity(
    Guid OwnerId,
    string? Sport,
    string? Title,
    DateTimeOffset? StartTime,
    string? TimeZone,
    int? ElapsedSeconds,
    int? MovingSeconds,
    double? DistanceMeters,
    double? ElevationGainMeters,
    int? AverageHeartRate,
    int? MaxHeartRate,
    int? Calories,
    int? PerceivedEffort,
    string? Notes,
    string? Visibility,
    Guid? GearId,
    IReadOnlyList<ExerciseInput>? Exercises) : ICommand<ActivityResponse>;

internal sealed record ExerciseInput(string? Name, IReadOnlyList<SetInput>? Sets);

internal sealed record SetInput(int? Reps, double? WeightKg, int? RestSeconds);
