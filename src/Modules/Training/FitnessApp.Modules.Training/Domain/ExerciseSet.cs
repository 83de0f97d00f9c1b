namespace FitnessApp.Modules.Training.Domain;

/// <summary>One set of a strength exercise: repetitions of a weight (0 for body weight), then a rest.</summary>
internal sealed class ExerciseSet
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ExerciseId { get; init; }

    public int Position { get; init; }

    public int Reps { get; init; }

    public double WeightKg { get; init; }

    public int? RestSeconds { get; init; }

    public double Volume => Reps * WeightKg;
}
