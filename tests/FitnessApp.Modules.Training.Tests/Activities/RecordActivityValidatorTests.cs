using FitnessApp.Modules.Training.Activities.RecordActivity;

namespace FitnessApp.Modules.Training.Tests.Activities;

public sealed class RecordActivityValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly RecordActivityValidator _validator = new(new FixedClock(Now));

    private static RecordActivity Valid => new(
        Guid.CreateVersion7(), "running", "Morning Run", Now.AddHours(-2), "Europe/Berlin", ElapsedSeconds: 3600, MovingSeconds: 3500,
        DistanceMeters: 10000, ElevationGainMeters: 50, AverageHeartRate: 150, MaxHeartRate: 175, Calories: 700, PerceivedEffort: 5,
        Notes: null, Visibility: null, GearId: null, Exercises: null);

    [Fact]
    public void Given_a_complete_run_When_validating_Then_it_passes() =>
        _validator.Validate(Valid).IsValid.ShouldBeTrue();

    [Fact]
    public void Given_a_start_just_under_a_day_ahead_When_validating_Then_it_passes() =>
        _validator.Validate(Valid with { StartTime = Now.AddHours(23) }).IsValid.ShouldBeTrue();

    [Fact]
    public void Given_moving_equal_to_elapsed_When_validating_Then_it_passes() =>
        _validator.Validate(Valid with { MovingSeconds = 3600 }).IsValid.ShouldBeTrue();

    [Fact]
    public void Given_a_strength_workout_with_body_weight_sets_When_validating_Then_it_passes() =>
        _validator.Validate(Valid with
        {
            Sport = "strength",
            DistanceMeters = null,
            Exercises = [new ExerciseInput("Push-up", [new SetInput(20, 0, 60)])],
        }).IsValid.ShouldBeTrue();

    private static readonly (string Field, RecordActivity Request)[] InvalidCases =
    [
        ("sport", Valid with { Sport = "swimming" }),
        ("sport", Valid with { Sport = "0" }),
        ("sport", Valid with { Sport = null }),
        ("title", Valid with { Title = new string('t', 201) }),
        ("notes", Valid with { Notes = new string('n', 5001) }),
        ("startTime", Valid with { StartTime = Now.AddDays(1).AddSeconds(1) }),
        ("startTime", Valid with { StartTime = null }),
        ("timeZone", Valid with { TimeZone = "Atlantis/Capital" }),
        ("timeZone", Valid with { TimeZone = null }),
        ("elapsedSeconds", Valid with { ElapsedSeconds = 0, MovingSeconds = null }),
        ("elapsedSeconds", Valid with { ElapsedSeconds = 7 * 24 * 3600 + 1 }),
        ("movingSeconds", Valid with { MovingSeconds = 3601 }),
        ("movingSeconds", Valid with { MovingSeconds = -1 }),
        ("distanceMeters", Valid with { DistanceMeters = -0.1 }),
        ("distanceMeters", Valid with { Sport = "yoga" }),
        ("elevationGainMeters", Valid with { ElevationGainMeters = -1 }),
        ("averageHeartRate", Valid with { AverageHeartRate = 19 }),
        ("maxHeartRate", Valid with { MaxHeartRate = 251 }),
        ("maxHeartRate", Valid with { AverageHeartRate = 170, MaxHeartRate = 160 }),
        ("perceivedEffort", Valid with { PerceivedEffort = 0 }),
        ("perceivedEffort", Valid with { PerceivedEffort = 11 }),
        ("calories", Valid with { Calories = -1 }),
        ("visibility", Valid with { Visibility = "friends" }),
        ("exercises", Valid with { Exercises = [new ExerciseInput("Squat", [new SetInput(5, 100, null)])] }),
        ("exercises[0].name", Valid with { Sport = "strength", DistanceMeters = null, Exercises = [new ExerciseInput(" ", [new SetInput(5, 100, null)])] }),
        ("exercises[0].sets", Valid with { Sport = "strength", DistanceMeters = null, Exercises = [new ExerciseInput("Squat", [])] }),
        ("exercises[0].sets[0].reps", Valid with { Sport = "strength", DistanceMeters = null, Exercises = [new ExerciseInput("Squat", [new SetInput(0, 100, null)])] }),
        ("exercises[0].sets[0].weightKg", Valid with { Sport = "strength", DistanceMeters = null, Exercises = [new ExerciseInput("Squat", [new SetInput(5, -2.5, null)])] }),
        ("exercises[0].sets[0].restSeconds", Valid with { Sport = "strength", DistanceMeters = null, Exercises = [new ExerciseInput("Squat", [new SetInput(5, 20, -1)])] }),
    ];

    /// <summary>The field each case breaks, and the case's index (the requests are internal types).</summary>
    public static TheoryData<string, int> Invalid
    {
        get
        {
            var data = new TheoryData<string, int>();
            for (var i = 0; i < InvalidCases.Length; i++)
            {
                data.Add(InvalidCases[i].Field, i);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Given_one_invalid_field_When_validating_Then_only_that_field_fails(string field, int index)
    {
        var result = _validator.Validate(InvalidCases[index].Request);

        result.Errors.Select(e => e.PropertyName.ToLowerInvariant()).Distinct().ShouldBe([field.ToLowerInvariant()]);
    }

    [Fact]
    public void Given_several_invalid_fields_When_validating_Then_all_fail_together()
    {
        var result = _validator.Validate(Valid with { Sport = "chess", DistanceMeters = -1, PerceivedEffort = 12, TimeZone = "Nowhere" });

        result.Errors.Select(e => e.PropertyName.ToLowerInvariant()).Distinct()
            .ShouldBe(["sport", "distancemeters", "perceivedeffort", "timezone"], ignoreOrder: true);
    }
}
