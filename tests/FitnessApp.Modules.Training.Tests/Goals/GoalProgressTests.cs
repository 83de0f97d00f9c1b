using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Goals;

namespace FitnessApp.Modules.Training.Tests.Goals;

public sealed class GoalProgressTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // Wednesday 2026-11-18 12:00 UTC: the week runs from Monday 16 (23:00 UTC on the 15th) to Monday 23 November.
    private static readonly DateTime Now = new(2026, 11, 18, 12, 0, 0, DateTimeKind.Utc);

    private static readonly GoalActivity[] Activities =
    [
        new(new DateTime(2026, 11, 15, 22, 30, 0, DateTimeKind.Utc), Sport.Running, 10_000, 3_000, 50), // Sunday 23:30 Berlin: last week
        new(new DateTime(2026, 11, 15, 23, 30, 0, DateTimeKind.Utc), Sport.Running, 12_000, 3_600, 120), // Monday 00:30 Berlin: this week
        new(new DateTime(2026, 11, 17, 7, 0, 0, DateTimeKind.Utc), Sport.Cycling, 40_000, 5_400, 300),
        new(new DateTime(2026, 11, 18, 6, 0, 0, DateTimeKind.Utc), Sport.Strength, null, 2_700, null),
        new(new DateTime(2026, 11, 18, 10, 0, 0, DateTimeKind.Utc), Sport.Running, 8_000, 2_400, 30),
    ];

    private static GoalProgress Current(GoalMetric metric, double target, Sport? sport = null) =>
        GoalProgress.Compute(
            new Goal { Period = GoalPeriod.Week, Metric = metric, TargetValue = target, Sport = sport },
            GoalPeriods.Window(GoalPeriod.Week, Now, Berlin),
            GoalPeriods.Today(Now, Berlin),
            Activities);

    [Fact]
    public void Given_running_this_week_When_a_30_km_running_goal_is_measured_Then_20_km_is_66_7_percent_with_5_days_left()
    {
        var progress = Current(GoalMetric.Distance, 30_000, Sport.Running);

        progress.Value.ShouldBe(20_000);
        progress.Target.ShouldBe(30_000);
        progress.Percentage.ShouldBe(66.7);
        progress.Achieved.ShouldBeFalse();
        progress.StartDate.ShouldBe(new DateOnly(2026, 11, 16));
        progress.EndDate.ShouldBe(new DateOnly(2026, 11, 22));
        progress.DaysLeft.ShouldBe(5);
    }

    [Theory]
    [InlineData("Distance", 60_000)]
    [InlineData("MovingTime", 14_100)]
    [InlineData("Elevation", 450)]
    [InlineData("Count", 4)]
    public void Given_every_sport_When_each_metric_is_measured_Then_it_sums_this_weeks_activities(string metric, double expected) =>
        Current(Enum.Parse<GoalMetric>(metric), 1).Value.ShouldBe(expected);

    [Fact]
    public void Given_a_count_goal_met_exactly_When_measured_Then_it_is_achieved_at_100_percent()
    {
        var progress = Current(GoalMetric.Count, 4);

        progress.Achieved.ShouldBeTrue();
        progress.Percentage.ShouldBe(100);
    }

    [Fact]
    public void Given_last_week_When_measured_Then_only_the_sunday_run_counts_and_no_days_are_left()
    {
        var goal = new Goal { Period = GoalPeriod.Week, Metric = GoalMetric.Distance, TargetValue = 10_000, Sport = Sport.Running };

        var progress = GoalProgress.Compute(goal, GoalPeriods.Window(GoalPeriod.Week, Now, Berlin, -1), GoalPeriods.Today(Now, Berlin), Activities);

        progress.Value.ShouldBe(10_000);
        progress.Achieved.ShouldBeTrue();
        progress.DaysLeft.ShouldBe(0);
    }
}
