namespace FitnessApp.Modules.Training.Domain;

/// <summary>An exercise of a strength workout (e.g. "Back squat") with its sets in order.</summary>
internal sealed class StrengthExercise
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ActivityId { get; init; }

    public int Position { get; init; }

    public required string Name { get; init; }

    public List<ExerciseSet> Sets { get; init; } = [];

    /// <summary>Σ reps × weight, in kg.</summary>
    public double Volume => Sets.Sum(s => s.Volume);
}
