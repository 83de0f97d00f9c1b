using System.Globalization;
using System.Resources;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Pages.Activities;

namespace FitnessApp.Modules.Training.Tests.Pages;

public sealed class ActivityFormTests
{
    private static ActivityForm Run() => new()
    {
        Sport = Sport.Running,
        Title = "Tempo",
        Date = new DateOnly(2026, 7, 1),
        Time = new TimeOnly(7, 30),
        TimeZone = "Europe/Berlin",
        Elapsed = "1:00:00",
        Moving = "58:20",
        Distance = 10.5,
        Elevation = 120,
        AverageHeartRate = 150,
        MaxHeartRateBpm = 172,
        Calories = 700,
        PerceivedEffort = 6,
        Notes = "Felt good",
        Visibility = Visibility.Followers,
    };

    [Fact]
    public void Given_a_metric_run_When_converted_Then_SI_units_wire_names_and_the_UTC_start_of_the_wall_clock_time()
    {
        var owner = Guid.NewGuid();

        var command = Run().ToCommand(owner, TestMeasures.Metric);

        command.OwnerId.ShouldBe(owner);
        command.Sport.ShouldBe("running");
        command.Visibility.ShouldBe("followers");
        command.StartTime.ShouldBe(new DateTimeOffset(2026, 7, 1, 5, 30, 0, TimeSpan.Zero)); // Berlin is UTC+2 in summer
        command.TimeZone.ShouldBe("Europe/Berlin");
        command.ElapsedSeconds.ShouldBe(3600);
        command.MovingSeconds.ShouldBe(3500);
        command.DistanceMeters.ShouldBe(10_500);
        command.ElevationGainMeters.ShouldBe(120);
        (command.AverageHeartRate, command.MaxHeartRate, command.Calories, command.PerceivedEffort).ShouldBe((150, 172, 700, 6));
        command.Exercises.ShouldBeNull();
    }

    [Fact]
    public void Given_imperial_units_When_converted_Then_miles_feet_and_pounds_become_metres_and_kilograms()
    {
        var form = Run();
        form.Distance = 1;
        form.Elevation = 1000;

        var command = form.ToCommand(Guid.NewGuid(), TestMeasures.Imperial);

        command.DistanceMeters.ShouldBe(1609.3);
        command.ElevationGainMeters.ShouldBe(304.8);
    }

    [Fact]
    public void Given_a_strength_workout_When_converted_Then_exercises_with_sets_in_kilograms_and_no_distance()
    {
        var form = Run();
        form.Sport = Sport.Strength;
        form.Exercises.Add(new ExerciseRow { Name = "Back squat" });
        form.Exercises[0].Sets[0].Reps = 5;
        form.Exercises[0].Sets[0].Weight = 220.462262185;
        form.Exercises[0].Sets[0].RestSeconds = 120;

        var command = form.ToCommand(Guid.NewGuid(), TestMeasures.Imperial);

        command.DistanceMeters.ShouldBeNull();
        command.ElevationGainMeters.ShouldBeNull();
        var set = command.Exercises.ShouldHaveSingleItem().Sets.ShouldHaveSingleItem();
        (set.Reps, set.WeightKg, set.RestSeconds).ShouldBe((5, 100.0, 120));
    }

    [Fact]
    public void Given_a_time_skipped_by_the_spring_change_When_converted_Then_the_hour_after()
    {
        var form = Run();
        form.Date = new DateOnly(2026, 3, 29);
        form.Time = new TimeOnly(2, 30);

        form.StartInstant().ShouldBe(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero)); // 03:30 CEST
    }

    [Theory]
    [InlineData("distanceMeters", "Distance")]
    [InlineData("movingSeconds", "Moving")]
    [InlineData("elapsedSeconds", "Elapsed")]
    [InlineData("startTime", "Date")]
    [InlineData("maxHeartRate", "MaxHeartRateBpm")]
    [InlineData("perceivedEffort", "PerceivedEffort")]
    [InlineData("exercises", "Exercises")]
    public void Given_a_server_error_path_When_mapped_Then_the_form_field_that_shows_it(string path, string field)
    {
        var form = Run();

        form.FieldOf(path).ShouldBe((form, field));
    }

    [Fact]
    public void Given_an_error_on_a_set_When_mapped_Then_that_set_rows_field()
    {
        var form = Run();
        form.Exercises.Add(new ExerciseRow { Name = "Row" });
        form.Exercises[0].Sets.Add(new SetRow());
        var second = form.Exercises[0].Sets[1];

        form.FieldOf("exercises[0].sets[1].reps").ShouldBe((second, nameof(SetRow.Reps)));
        form.FieldOf("exercises[0].sets[1].weightKg").ShouldBe((second, nameof(SetRow.Weight)));
        form.FieldOf("exercises[0].name").ShouldBe((form.Exercises[0], nameof(ExerciseRow.Name)));
        form.FieldOf("exercises[0].sets").ShouldBe((form.Exercises[0], nameof(ExerciseRow.Sets)));
        form.FieldOf("exercises[3].name").ShouldBe((form, nameof(ActivityForm.Exercises)));
        form.FieldOf("unknownField").ShouldBeNull();
    }

    [Fact]
    public void Given_a_complete_form_When_checked_Then_no_error() => Run().Check().ShouldBeEmpty();

    [Fact]
    public void Given_impossible_values_When_checked_Then_each_field_is_named()
    {
        var form = Run();
        form.Elapsed = "1:75";
        form.Moving = "soon";
        form.Distance = -1;
        form.AverageHeartRate = 300;
        form.PerceivedEffort = 11;
        form.Calories = -5;

        form.Check().Select(e => (e.Field, e.MessageKey)).ShouldBe(
        [
            ("Elapsed", "Error_Duration"), ("Moving", "Error_Duration"), ("Distance", "Error_NotNegative"),
            ("AverageHeartRate", "Error_HeartRate"), ("Calories", "Error_NotNegative"), ("PerceivedEffort", "Error_Effort"),
        ]);
    }

    [Fact]
    public void Given_moving_longer_than_elapsed_When_checked_Then_left_to_the_server()
    {
        var form = Run();
        form.Moving = "2:00:00";

        form.Check().ShouldBeEmpty();
    }

    [Fact]
    public void Given_every_client_error_When_looking_up_its_message_Then_it_exists_in_English_and_Russian()
    {
        var form = Run();
        form.Elapsed = null;
        form.Title = new string('x', 300);
        form.Sport = Sport.Strength;
        form.Exercises.Add(new ExerciseRow());
        form.Exercises[0].Sets[0].Weight = -1;
        form.Exercises[0].Sets[0].RestSeconds = -1;
        form.Exercises.Add(new ExerciseRow { Name = "Plank" });
        form.Exercises[1].Sets.Clear();
        var bad = Run();
        bad.Elapsed = "x";
        bad.MaxHeartRateBpm = 10;
        bad.PerceivedEffort = 0;
        var keys = form.Check().Concat(bad.Check()).Select(e => e.MessageKey).Distinct().ToList();
        var resources = new ResourceManager("FitnessApp.Modules.Training.Resources.Pages.Activities.ActivitiesText", typeof(ActivityForm).Assembly);

        keys.Count.ShouldBeGreaterThanOrEqualTo(8);
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("ru") })
        {
            keys.Where(key => string.IsNullOrEmpty(resources.GetString(key, culture))).ShouldBeEmpty(culture.Name);
        }
    }

    [Theory]
    [InlineData(DefaultVisibility.Private, Visibility.Private)]
    [InlineData(DefaultVisibility.Followers, Visibility.Followers)]
    [InlineData(DefaultVisibility.Public, Visibility.Public)]
    public void Given_the_athletes_default_visibility_When_starting_a_form_Then_the_same_visibility(DefaultVisibility setting, Visibility visibility) =>
        ActivityForm.VisibilityOf(setting).ShouldBe(visibility);
}
