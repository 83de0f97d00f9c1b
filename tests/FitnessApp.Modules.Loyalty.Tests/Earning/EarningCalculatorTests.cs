using FitnessApp.Modules.Loyalty.Earning;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Tests.Earning;

public class EarningCalculatorTests
{
    private static readonly EarningRule Running = new() { Sport = Sport.Running, PointsPerKm = 10, PointsPerWorkout = 20 };
    private static readonly EarningRule Cycling = new() { Sport = Sport.Cycling, PointsPerKm = 3, PointsPerWorkout = 20 };
    private static readonly EarningRule Everything = new() { Sport = null, PointsPerMinute = 1, PointsPerWorkout = 20 };
    private static readonly EarningRule[] Rules = [Everything, Running, Cycling];

    [Fact]
    public void Given_a_device_run_of_10_km_When_computed_Then_10_per_km_plus_20_per_workout()
    {
        var points = EarningCalculator.RawPoints(new ActivityFacts(Sport.Running, 10_000, 3000, 2900, FromDevice: true), EarningCalculator.RuleFor(Sport.Running, Rules), 0, 1);

        points.ShouldBe(120);
    }

    [Fact]
    public void Given_a_ride_of_42_point_7_km_When_computed_Then_fractions_are_rounded_down_once()
    {
        var points = EarningCalculator.RawPoints(new ActivityFacts(Sport.Cycling, 42_700, 5000, 5000, true), EarningCalculator.RuleFor(Sport.Cycling, Rules), 0, 1);

        points.ShouldBe(148); // 128.1 + 20
    }

    [Fact]
    public void Given_yoga_without_a_rule_of_its_own_When_computed_Then_the_rule_for_every_sport_pays_per_moving_minute()
    {
        var rule = EarningCalculator.RuleFor(Sport.Yoga, Rules);

        rule.ShouldBeSameAs(Everything);
        EarningCalculator.RawPoints(new ActivityFacts(Sport.Yoga, null, 3600, 2700, true), rule, 0, 1).ShouldBe(65); // 45 min + 20
        EarningCalculator.RawPoints(new ActivityFacts(Sport.Yoga, null, 600, 0, true), rule, 0, 1).ShouldBe(30); // elapsed when no moving time
    }

    [Fact]
    public void Given_no_rule_at_all_When_computed_Then_zero()
    {
        EarningCalculator.RuleFor(Sport.Yoga, [Running]).ShouldBeNull();
        EarningCalculator.RawPoints(new ActivityFacts(Sport.Yoga, null, 3600, 3600, true), null, 1, 1).ShouldBe(0);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.5, 60)]
    [InlineData(1.0, 120)]
    public void Given_a_typed_in_run_When_computed_Then_the_manual_factor_applies(double factor, int expected)
    {
        EarningCalculator.RawPoints(new ActivityFacts(Sport.Running, 10_000, 3000, 2900, FromDevice: false), Running, factor, 1).ShouldBe(expected);
    }

    [Fact]
    public void Given_a_double_points_campaign_When_computed_Then_the_points_double_and_a_device_run_ignores_the_manual_factor()
    {
        EarningCalculator.RawPoints(new ActivityFacts(Sport.Running, 10_000, 3000, 2900, true), Running, 0, 2.0).ShouldBe(240);
        EarningCalculator.RawPoints(new ActivityFacts(Sport.Running, 5_050, 3000, 2900, true), Running, 0, 1.5).ShouldBe(105); // 70.5 × 1.5 = 105.75
    }

    [Theory]
    [InlineData(120, 0, 0, 120)]
    [InlineData(120, 450, 450, 50)]
    [InlineData(120, 500, 500, 0)]
    [InlineData(120, 0, 1950, 50)]
    [InlineData(120, 100, 2100, 0)]
    public void Given_earlier_points_that_day_and_week_When_capped_at_500_and_2000_Then_only_the_room_left_is_earned(int raw, int day, int week, int expected)
    {
        EarningCalculator.Capped(raw, day, week, 500, 2000).ShouldBe(expected);
    }

    [Theory]
    [InlineData(2026, 11, 23, "2026-W48")]
    [InlineData(2026, 1, 1, "2026-W01")]
    [InlineData(2027, 1, 1, "2026-W53")]
    [InlineData(2024, 12, 30, "2025-W01")]
    public void Given_a_local_date_When_its_iso_week_is_named_Then_the_iso_year_and_week(int year, int month, int day, string expected)
    {
        EarningCalculator.IsoWeek(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [Fact]
    public void Given_days_with_a_gap_When_the_streak_through_a_day_is_found_Then_it_runs_from_the_first_consecutive_day()
    {
        var d = new DateOnly(2026, 11, 1);
        var days = new HashSet<DateOnly> { d, d.AddDays(1), d.AddDays(2), d.AddDays(4), d.AddDays(5), d.AddDays(6), d.AddDays(7), d.AddDays(8), d.AddDays(9), d.AddDays(10) };

        EarningCalculator.StreakThrough(d.AddDays(1), days).ShouldBe((d, 3));
        EarningCalculator.StreakThrough(d.AddDays(6), days).ShouldBe((d.AddDays(4), 7));
        EarningCalculator.StreakThrough(d.AddDays(3), days).Length.ShouldBe(0);
    }

    [Fact]
    public void Given_a_streak_of_15_days_and_milestones_every_7_When_listed_Then_7_and_14()
    {
        EarningCalculator.Milestones(15, 7).ShouldBe([7, 14]);
        EarningCalculator.Milestones(6, 7).ShouldBeEmpty();
        EarningCalculator.Milestones(10, 0).ShouldBeEmpty();
    }

    [Fact]
    public void Given_campaigns_When_checked_for_overlap_Then_same_sport_or_every_sport_in_overlapping_periods_clash()
    {
        var start = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var running = new BonusCampaign { Name = "r", Sport = Sport.Running, Multiplier = 2, StartsAt = start, EndsAt = start.AddDays(7) };

        running.Overlaps(Sport.Running, start.AddDays(6), start.AddDays(8)).ShouldBeTrue();
        running.Overlaps(null, start.AddDays(-1), start.AddDays(1)).ShouldBeTrue();
        running.Overlaps(Sport.Cycling, start, start.AddDays(7)).ShouldBeFalse();
        running.Overlaps(Sport.Running, start.AddDays(7), start.AddDays(9)).ShouldBeFalse(); // [start, end) touches only
    }
}
