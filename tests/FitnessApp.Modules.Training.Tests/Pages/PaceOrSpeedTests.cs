using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Pages.Activities;
using FitnessApp.Modules.Training.Pages.Shared;

namespace FitnessApp.Modules.Training.Tests.Pages;

public sealed class PaceOrSpeedTests
{
    [Theory]
    [InlineData(Sport.Running, true)]
    [InlineData(Sport.TrailRunning, true)]
    [InlineData(Sport.Walking, true)]
    [InlineData(Sport.Hiking, true)]
    [InlineData(Sport.Cycling, false)]
    [InlineData(Sport.IndoorCycling, false)]
    [InlineData(Sport.Rowing, false)]
    [InlineData(Sport.Skiing, false)]
    public void Given_a_sport_When_asking_how_it_reads_Then_pace_for_foot_sports_speed_for_the_others(Sport sport, bool pace) =>
        SportDisplay.ShowsPace(sport).ShouldBe(pace);

    [Fact]
    public void Given_10_km_in_50_minutes_When_shown_Then_5_00_per_km_for_a_run_and_12_km_h_for_a_ride()
    {
        using var culture = new InCulture("en-US");

        TestMeasures.Metric.PaceOrSpeed(Sport.Running, 10_000, 3000).ShouldBe("5:00 /km");
        TestMeasures.Metric.PaceOrSpeed(Sport.Cycling, 10_000, 3000).ShouldBe("12.0 km/h");
        TestMeasures.Imperial.PaceOrSpeed(Sport.Running, 10_000, 3000).ShouldBe("8:03 /mi");
        TestMeasures.Imperial.PaceOrSpeed(Sport.Cycling, 10_000, 3000).ShouldBe("7.5 mph");
    }

    [Fact]
    public void Given_no_distance_When_shown_Then_a_dash() =>
        TestMeasures.Metric.PaceOrSpeed(Sport.Running, null, 3000).ShouldBe(Measures.Missing);

    [Fact]
    public void Given_whole_days_in_Berlin_When_filtering_Then_from_its_first_midnight_to_the_midnight_after_the_last_day()
    {
        ActivityFilter.From(new DateOnly(2026, 1, 10), "Europe/Berlin").ShouldBe(new DateTimeOffset(2026, 1, 9, 23, 0, 0, TimeSpan.Zero));
        ActivityFilter.To(new DateOnly(2026, 1, 10), "Europe/Berlin").ShouldBe(new DateTimeOffset(2026, 1, 10, 23, 0, 0, TimeSpan.Zero));
        ActivityFilter.From(null, "Europe/Berlin").ShouldBeNull();
    }
}
