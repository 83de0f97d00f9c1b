using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Plans.Domain;

namespace FitnessApp.Modules.Training.Tests.Plans;

public sealed class CompletionMatcherTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public void Given_a_planned_run_and_a_trail_run_that_day_When_matching_Then_the_trail_run_completes_it()
    {
        var workout = Planned(Day, Sport.Running);
        var trail = Activity(Sport.TrailRunning, Day, hour: 7);

        CompletionMatcher.Match([workout], [trail])[workout.Id].ShouldBe(trail.Id);
    }

    [Fact]
    public void Given_a_run_on_another_day_or_a_ride_the_same_day_When_matching_Then_nothing_completes_the_planned_run()
    {
        var workout = Planned(Day, Sport.Running);

        CompletionMatcher.Match([workout], [Activity(Sport.Running, Day.AddDays(1), 7), Activity(Sport.Cycling, Day, 8)])[workout.Id].ShouldBeNull();
    }

    [Fact]
    public void Given_two_planned_runs_and_one_run_When_matching_Then_the_run_completes_only_one()
    {
        var first = Planned(Day, Sport.Running);
        var second = Planned(Day, Sport.Running);
        var run = Activity(Sport.Running, Day, 7);

        var matches = CompletionMatcher.Match([first, second], [run]);

        matches.Values.Count(v => v == run.Id).ShouldBe(1);
        matches.Values.Count(v => v is null).ShouldBe(1);
    }

    [Fact]
    public void Given_a_workout_completed_by_the_evening_run_When_a_morning_run_is_added_Then_the_evening_run_keeps_it()
    {
        var evening = Activity(Sport.Running, Day, 19);
        var morning = Activity(Sport.Running, Day, 6);
        var workout = Planned(Day, Sport.Running);
        workout.CompletedByActivityId = evening.Id;

        CompletionMatcher.Match([workout], [morning, evening])[workout.Id].ShouldBe(evening.Id);
    }

    [Fact]
    public void Given_a_workout_completed_by_a_run_that_is_gone_When_matching_Then_another_run_that_day_takes_over()
    {
        var other = Activity(Sport.Running, Day, 18);
        var workout = Planned(Day, Sport.Running);
        workout.CompletedByActivityId = Guid.CreateVersion7();

        CompletionMatcher.Match([workout], [other])[workout.Id].ShouldBe(other.Id);
    }

    [Fact]
    public void Given_a_rest_day_and_a_run_When_matching_Then_the_rest_day_is_left_alone()
    {
        var rest = Planned(Day, Sport.Running, Intensity.Rest);

        CompletionMatcher.Match([rest], [Activity(Sport.Running, Day, 7)]).ShouldNotContainKey(rest.Id);
    }

    [Theory]
    [InlineData("2026-11-10T20:00:00Z", "Asia/Tokyo", "2026-11-11")]
    [InlineData("2026-11-10T20:00:00Z", "UTC", "2026-11-10")]
    [InlineData("2026-11-11T03:00:00Z", "America/Los_Angeles", "2026-11-10")]
    public void Given_a_UTC_start_and_the_activitys_zone_When_finding_its_day_Then_it_is_the_local_date(string start, string zone, string day) =>
        CompletionMatcher.LocalDateOf(DateTime.Parse(start, null, System.Globalization.DateTimeStyles.AdjustToUniversal), zone).ShouldBe(DateOnly.Parse(day));

    private static PlannedWorkout Planned(DateOnly date, Sport sport, Intensity intensity = Intensity.Easy) => new()
    {
        Date = date,
        Sport = sport,
        Intensity = intensity,
        DescriptionEn = "Run",
        DescriptionRu = "Бег",
    };

    private static DatedActivity Activity(Sport sport, DateOnly day, int hour) =>
        new(Guid.CreateVersion7(), sport, day, day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc));
}
