using FitnessApp.Modules.Training.Progress;
using FitnessApp.Modules.Training.Progress.GetStatistics;

namespace FitnessApp.Modules.Training.Tests.Progress;

public sealed class PeriodsTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("2026-09-07", "2026-09-07")]
    [InlineData("2026-09-13", "2026-09-07")]
    [InlineData("2026-01-01", "2025-12-29")]
    [InlineData("2027-01-03", "2026-12-28")]
    public void Given_a_date_When_taking_its_iso_week_Then_the_monday_starting_it(string date, string monday) =>
        Periods.StartOf(PeriodKind.Week, DateOnly.Parse(date)).ShouldBe(DateOnly.Parse(monday));

    [Fact]
    public void Given_a_date_When_taking_month_and_year_Then_their_first_days() =>
        (Periods.StartOf(PeriodKind.Month, new(2026, 2, 28)), Periods.StartOf(PeriodKind.Year, new(2026, 2, 28)))
            .ShouldBe((new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));

    [Fact]
    public void Given_early_january_When_listing_twelve_weeks_Then_they_cross_the_year_boundary_monday_to_monday()
    {
        var starts = Periods.LastStarts(PeriodKind.Week, new DateOnly(2026, 1, 8), 12);

        starts.Count.ShouldBe(12);
        starts[^1].ShouldBe(new DateOnly(2026, 1, 5));
        starts[^2].ShouldBe(new DateOnly(2025, 12, 29));
        starts[0].ShouldBe(new DateOnly(2025, 10, 20));
        starts.ShouldAllBe(s => s.DayOfWeek == DayOfWeek.Monday);
    }

    [Fact]
    public void Given_march_When_listing_twelve_months_Then_april_of_the_year_before_first() =>
        Periods.LastStarts(PeriodKind.Month, new DateOnly(2026, 3, 31), 12)[0].ShouldBe(new DateOnly(2025, 4, 1));

    [Theory]
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29")] // 01:30 CET, before the spring change
    [InlineData("2026-03-29T01:30:00Z", "2026-03-29")] // 03:30 CEST, after it
    [InlineData("2026-03-28T23:30:00Z", "2026-03-29")] // 00:30 CET
    [InlineData("2026-10-25T22:30:00Z", "2026-10-25")] // 23:30 CET, the evening after the autumn change
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25")] // 00:30 CEST
    [InlineData("2025-12-31T23:30:00Z", "2026-01-01")] // New Year in Berlin, still 2025 in UTC
    public void Given_an_instant_in_berlin_When_taking_its_local_date_Then_daylight_saving_is_honoured(string utc, string local) =>
        LocalDates.Of(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), Berlin).ShouldBe(DateOnly.Parse(local));

    [Fact]
    public void Given_day_rows_around_a_week_When_summarizing_it_Then_only_the_weeks_days_count_by_sport()
    {
        var rows = new[]
        {
            new GetStatisticsHandler.DayRow(new(2025, 12, 28), Contracts.Activities.Sport.Running, 1, 5000, 1500, 10, 300),
            new GetStatisticsHandler.DayRow(new(2025, 12, 29), Contracts.Activities.Sport.Running, 2, 15000, 4500, 30, 900),
            new GetStatisticsHandler.DayRow(new(2026, 1, 4), Contracts.Activities.Sport.Cycling, 1, 40000, 5400, 200, 1000),
            new GetStatisticsHandler.DayRow(new(2026, 1, 4), Contracts.Activities.Sport.Running, 1, 5000, 1500, 10, 300),
            new GetStatisticsHandler.DayRow(new(2026, 1, 5), Contracts.Activities.Sport.Yoga, 1, 0, 3600, 0, 150),
        };

        var week = GetStatisticsHandler.Summarize(new(2025, 12, 29), new(2026, 1, 5), rows);

        week.End.ShouldBe(new DateOnly(2026, 1, 4));
        week.Total.ShouldBe(new Totals(4, 60000, 11400, 240, 2200));
        week.BySport.Select(s => (s.Sport, s.Count, s.DistanceMeters)).ShouldBe(
            [(Contracts.Activities.Sport.Running, 3, 20000.0), (Contracts.Activities.Sport.Cycling, 1, 40000.0)]);
    }
}
