using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>A template workout placed on an athlete's calendar; an activity of the right sport on its day completes it.</summary>
internal sealed class PlannedWorkout
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EnrolmentId { get; init; }

    public Guid AthleteId { get; init; }

    public DateOnly Date { get; init; }

    public int Week { get; init; }

    public Sport Sport { get; init; }

    public int? DurationSeconds { get; init; }

    public double? DistanceMeters { get; init; }

    public Intensity Intensity { get; init; }

    public required string DescriptionEn { get; init; }

    public required string DescriptionRu { get; init; }

    public Guid? CompletedByActivityId { get; set; }

    public bool IsRest => Intensity == Intensity.Rest;

    public WorkoutStatus StatusOn(DateOnly today) =>
        IsRest ? WorkoutStatus.Rest
        : CompletedByActivityId is not null ? WorkoutStatus.Done
        : Date < today ? WorkoutStatus.Missed
        : WorkoutStatus.Planned;
}
