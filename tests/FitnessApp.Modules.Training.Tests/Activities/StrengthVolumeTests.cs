using FitnessApp.Modules.Training.Domain;

namespace FitnessApp.Modules.Training.Tests.Activities;

public sealed class StrengthVolumeTests
{
    [Fact]
    public void Given_exercises_with_sets_When_computing_total_volume_Then_it_is_the_sum_of_reps_times_weight()
    {
        var activity = new Activity { Title = "Legs", TimeZone = "UTC" };
        activity.Exercises.Add(Exercise("Back squat", (5, 100), (5, 110), (3, 120.5)));
        activity.Exercises.Add(Exercise("Lunge", (10, 20)));

        activity.Exercises[0].Volume.ShouldBe(1411.5);
        activity.TotalVolumeKg.ShouldBe(1611.5);
    }

    [Fact]
    public void Given_body_weight_sets_only_When_computing_volume_Then_zero() =>
        Exercise("Pull-up", (8, 0), (6, 0)).Volume.ShouldBe(0);

    [Fact]
    public void Given_no_exercises_When_computing_total_volume_Then_zero() =>
        new Activity { Title = "Run", TimeZone = "UTC" }.TotalVolumeKg.ShouldBe(0);

    private static StrengthExercise Exercise(string name, params (int Reps, double WeightKg)[] sets)
    {
        var exercise = new StrengthExercise { Name = name };
        exercise.Sets.AddRange(sets.Select((s, i) => new ExerciseSet { Position = i, Reps = s.Reps, WeightKg = s.WeightKg }));
        return exercise;
    }
}
