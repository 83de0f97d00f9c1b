using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Pages.Activities;
using FitnessApp.Modules.Training.Streams;

namespace FitnessApp.Modules.Training.Tests.Pages;

public sealed class SplitRowsTests
{
    private static readonly SplitResponse[] Kilometers =
    [
        new(1, 1000, 1, 300, 300, 300, 150.4),
        new(2, 1000, 1, 312, 310, 310, null),
        new(3, 430, 0.43, 140, 135, 135 / 0.43, 160),
    ];

    private static readonly SplitResponse[] Miles =
    [
        new(1, 1609.344, 1, 490, 480, 480, null),
        new(2, 820.656, 0.50993, 250, 245, 245 / 0.50993, null),
    ];

    [Fact]
    public void Given_a_run_in_metric_units_When_building_the_rows_Then_kilometre_splits_with_pace_and_the_last_as_its_fraction()
    {
        using var culture = new InCulture("en-US");

        var rows = SplitRows.Build(Statistics.With(Kilometers, Miles), Sport.Running, TestMeasures.Metric);

        rows.ShouldBe(
        [
            new SplitRow("1", false, "5:00", "5:00", "150"),
            new SplitRow("2", false, "5:10", "5:10", "—"),
            new SplitRow("0.43", true, "2:15", "5:14", "160"),
        ]);
    }

    [Fact]
    public void Given_a_run_in_imperial_units_When_building_the_rows_Then_mile_splits()
    {
        using var culture = new InCulture("en-US");

        var rows = SplitRows.Build(Statistics.With(Kilometers, Miles), Sport.Running, TestMeasures.Imperial);

        rows.Select(r => (r.Label, r.PaceOrSpeed)).ShouldBe([("1", "8:00"), ("0.51", "8:00")]);
    }

    [Fact]
    public void Given_a_ride_When_building_the_rows_Then_speed_instead_of_pace()
    {
        using var culture = new InCulture("en-US");

        var rows = SplitRows.Build(Statistics.With([new SplitResponse(1, 1000, 1, 120, 120, 120, null)]), Sport.Cycling, TestMeasures.Metric);

        rows.Single().PaceOrSpeed.ShouldBe("30.0 km/h");
    }

    [Fact]
    public void Given_a_russian_culture_When_building_the_rows_Then_the_fraction_uses_its_decimal_comma()
    {
        using var culture = new InCulture("ru-RU");

        SplitRows.Build(Statistics.With(Kilometers), Sport.Running, TestMeasures.Metric)[^1].Label.ShouldBe("0,43");
    }
}
