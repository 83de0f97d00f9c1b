using FitnessApp.Modules.Training.Activities.RecordActivity;

namespace FitnessApp.Modules.Training.Tests.Activities;

/// <summary>Null elements and oversized lists in a strength workout are 400s, never a crash in the handler.</summary>
public sealed class StrengthInputLimitsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly RecordActivityValidator _validator = new(new FixedClock(Now));

    private static RecordActivity Strength(IReadOnlyList<ExerciseInput>? exercises) => new(
        Guid.CreateVersion7(), "strength", "Gym", Now.AddHours(-2), "Europe/Berlin", ElapsedSeconds: 3600, MovingSeconds: null,
        DistanceMeters: null, ElevationGainMeters: null, AverageHeartRate: null, MaxHeartRate: null, Calories: null, PerceivedEffort: 6,
        Notes: null, Visibility: null, GearId: null, Exercises: exercises);

    [Fact]
    public void Given_a_null_exercise_When_validating_Then_the_exercises_field_is_named()
    {
        var result = _validator.Validate(Strength([null!]));

        result.Errors.ShouldContain(e => e.PropertyName.StartsWith("exercises", StringComparison.OrdinalIgnoreCase) && e.ErrorMessage.Contains("null", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_null_set_When_validating_Then_the_sets_field_is_named()
    {
        var result = _validator.Validate(Strength([new ExerciseInput("Squat", [null!])]));

        result.Errors.ShouldContain(e => e.PropertyName.Contains("sets", StringComparison.OrdinalIgnoreCase) && e.ErrorMessage.Contains("null", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_more_exercises_than_allowed_When_validating_Then_it_fails_on_exercises()
    {
        var exercises = Enumerable.Range(0, ExerciseInputValidator.MaxExercises + 1)
            .Select(i => new ExerciseInput($"Exercise {i}", [new SetInput(10, 20, 60)]))
            .ToList();

        _validator.Validate(Strength(exercises)).Errors.ShouldContain(e => e.PropertyName.Equals("exercises", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Given_the_maximum_number_of_exercises_When_validating_Then_it_passes()
    {
        var exercises = Enumerable.Range(0, ExerciseInputValidator.MaxExercises)
            .Select(i => new ExerciseInput($"Exercise {i}", [new SetInput(10, 20, 60)]))
            .ToList();

        _validator.Validate(Strength(exercises)).IsValid.ShouldBeTrue();
    }
}
