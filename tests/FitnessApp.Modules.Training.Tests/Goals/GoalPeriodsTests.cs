using FitnessApp.Modules.Training.Goals;

namespace FitnessApp.Modules.Training.Tests.Goals;

public sealed class GoalPeriodsTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    private static DateTime Utc(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-11-16", "2026-11-16")] // Monday
    [InlineData("2026-11-22", "2026-11-16")] // Sunday belongs to the week that began on Monday
    [InlineData("2027-01-01", "2026-12-28")] // a Friday: its ISO week began in the old year
    [InlineData("2024-02-29", "2024-02-26")]
    public void Given_a_day_When_finding_its_iso_week_Then_the_week_starts_on_monday(string day, string monday) =>
        GoalPeriods.StartOf(GoalPeriod.Week, DateOnly.Parse(day)).ShouldBe(DateOnly.Parse(monday));

    [Fact]
    public void Given_late_sunday_evening_in_new_york_When_it_is_already_monday_in_utc_Then_the_week_is_still_the_old_one()
    {
        // 2026-11-23 03:00 UTC is Sunday 22:00 in New York (EST, −5).
        var window = GoalPeriods.Window(GoalPeriod.Week, Utc(2026, 11, 23, 3), NewYork);

        window.Start.ShouldBe(new DateOnly(2026, 11, 16));
        window.End.ShouldBe(new DateOnly(2026, 11, 23));
        window.StartUtc.ShouldBe(Utc(2026, 11, 16, 5));
        window.EndUtc.ShouldBe(Utc(2026, 11, 23, 5));
    }

    [Fact]
    public void Given_the_week_of_the_spring_dst_change_in_berlin_When_windowed_Then_it_is_one_hour_shorter()
    {
        // Summer time began on Sunday 2026-03-29 at 02:00 local.
        var window = GoalPeriods.Window(GoalPeriod.Week, Utc(2026, 3, 25, 12), Berlin);

        window.StartUtc.ShouldBe(Utc(2026, 3, 22, 23)); // Monday 00:00 CET
        window.EndUtc.ShouldBe(Utc(2026, 3, 29, 22)); // Monday 00:00 CEST
        (window.EndUtc - window.StartUtc).ShouldBe(TimeSpan.FromHours(167));
    }

    [Fact]
    public void Given_october_in_berlin_When_windowed_Then_the_month_spans_the_autumn_change()
    {
        var window = GoalPeriods.Window(GoalPeriod.Month, Utc(2026, 10, 15), Berlin);

        window.StartUtc.ShouldBe(Utc(2026, 9, 30, 22)); // 1 October 00:00 CEST
        window.EndUtc.ShouldBe(Utc(2026, 10, 31, 23)); // 1 November 00:00 CET
    }

    [Fact]
    public void Given_new_years_eve_evening_in_utc_When_it_is_already_january_in_tokyo_Then_the_year_is_the_new_one_and_the_previous_the_old()
    {
        var now = Utc(2026, 12, 31, 16); // 2027-01-01 01:00 in Tokyo

        var current = GoalPeriods.Window(GoalPeriod.Year, now, Tokyo);
        var previous = GoalPeriods.Window(GoalPeriod.Year, now, Tokyo, -1);

        current.Start.ShouldBe(new DateOnly(2027, 1, 1));
        current.StartUtc.ShouldBe(Utc(2026, 12, 31, 15));
        previous.Start.ShouldBe(new DateOnly(2026, 1, 1));
        previous.EndUtc.ShouldBe(current.StartUtc);
    }

    [Fact]
    public void Given_a_zone_whose_dst_skips_midnight_When_a_day_starts_Then_it_starts_at_the_first_valid_minute()
    {
        // Santiago de Chile moved its clocks from 00:00 to 01:00 on 2026-09-06: that day begins at 01:00 local (04:00 UTC).
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        var start = GoalPeriods.StartOfDayUtc(new DateOnly(2026, 9, 6), santiago);

        TimeZoneInfo.ConvertTimeFromUtc(start, santiago).ShouldBe(new DateTime(2026, 9, 6, 1, 0, 0));
    }

    [Fact]
    public void Given_a_month_window_When_asking_the_previous_one_Then_it_ends_where_the_current_starts()
    {
        var current = GoalPeriods.Window(GoalPeriod.Month, Utc(2026, 3, 10), Berlin);
        var previous = GoalPeriods.Window(GoalPeriod.Month, Utc(2026, 3, 10), Berlin, -1);

        previous.Start.ShouldBe(new DateOnly(2026, 2, 1));
        previous.EndUtc.ShouldBe(current.StartUtc);
    }
}
