using FitnessApp.Modules.Training.Progress;

namespace FitnessApp.Modules.Training.Tests.Progress;

public sealed class StreaksTests
{
    private static readonly DateOnly Today = new(2026, 1, 2);

    private static DateOnly[] Days(params int[] daysAgo) => daysAgo.Select(d => Today.AddDays(-d)).Order().ToArray();

    [Fact]
    public void Given_no_activity_Then_no_streak()
    {
        var streaks = Streaks.Compute([], Today);

        streaks.ShouldBe(new StreakResponse(0, 0, null, null, null));
    }

    [Fact]
    public void Given_only_today_Then_current_and_longest_are_one()
    {
        var streaks = Streaks.Compute(Days(0), Today);

        (streaks.Current, streaks.Longest).ShouldBe((1, 1));
    }

    [Fact]
    public void Given_a_run_ending_yesterday_Then_it_is_still_current_across_the_year_boundary()
    {
        var streaks = Streaks.Compute(Days(1, 2, 3), Today);

        streaks.Current.ShouldBe(3);
        streaks.LongestStart.ShouldBe(new DateOnly(2025, 12, 30));
        streaks.LongestEnd.ShouldBe(new DateOnly(2026, 1, 1));
    }

    [Fact]
    public void Given_a_run_ending_two_days_ago_Then_the_current_streak_is_broken()
    {
        var streaks = Streaks.Compute(Days(2, 3, 4), Today);

        (streaks.Current, streaks.Longest).ShouldBe((0, 3));
    }

    [Fact]
    public void Given_a_longer_older_run_and_a_short_current_one_Then_both_are_reported()
    {
        var streaks = Streaks.Compute(Days(0, 1, 5, 6, 7, 8, 20), Today);

        streaks.Current.ShouldBe(2);
        streaks.Longest.ShouldBe(4);
        streaks.LongestEnd.ShouldBe(Today.AddDays(-5));
        streaks.LastActiveDate.ShouldBe(Today);
    }

    [Fact]
    public void Given_an_activity_dated_tomorrow_Then_it_counts_for_longest_but_not_for_current()
    {
        var streaks = Streaks.Compute([Today.AddDays(-1), Today, Today.AddDays(1)], Today);

        (streaks.Current, streaks.Longest, streaks.LastActiveDate).ShouldBe((2, 3, Today));
    }

    [Fact]
    public void Given_february_29_in_a_leap_year_Then_the_days_around_it_are_consecutive()
    {
        var streaks = Streaks.Compute([new(2028, 2, 28), new(2028, 2, 29), new(2028, 3, 1)], new DateOnly(2028, 3, 1));

        (streaks.Current, streaks.Longest).ShouldBe((3, 3));
    }
}
