using FitnessApp.Modules.Training.Activities.GetActivityStreams;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Pages.Activities;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Pages;

public sealed class TrackChartsTests
{
    private const double MetersPerDegree = Geo.MeanEarthRadiusMeters * Math.PI / 180;

    /// <summary>A 1 Hz run north along the prime meridian at 2.5 m/s (4:00 /km), without a device distance channel.</summary>
    private static ActivityStreamsResponse MeridianRun(int seconds, double?[]? heartRate = null, double?[]? altitude = null)
    {
        var n = seconds + 1;
        return new ActivityStreamsResponse(
            n, n, Enumerable.Range(0, n).Select(i => (double)i).ToArray(),
            Enumerable.Range(0, n).Select(i => (double?)(2.5 * i / MetersPerDegree)).ToArray(),
            Enumerable.Range(0, n).Select(_ => (double?)0).ToArray(),
            altitude, null, heartRate, null, null, null, null);
    }

    [Fact]
    public void Given_positions_only_When_charting_Then_distance_is_the_haversine_sum_and_pace_is_derived_from_it()
    {
        var charts = TrackCharts.From(MeridianRun(20), Sport.Running, TestMeasures.Metric)!;

        charts.PaceOrSpeed.Count.ShouldBe(21);
        charts.PaceOrSpeed[^1].Distance.ShouldBe(0.05, 1e-9);
        charts.PaceOrSpeed.ShouldAllBe(p => Math.Abs(p.Value - 400) < 1e-6);
    }

    [Fact]
    public void Given_heart_rate_and_altitude_with_gaps_When_charting_in_imperial_Then_gaps_are_skipped_and_altitude_is_in_feet()
    {
        double?[] heartRate = [140, null, 142];
        double?[] altitude = [100, 100, null];

        var charts = TrackCharts.From(MeridianRun(2, heartRate, altitude), Sport.Running, TestMeasures.Imperial)!;

        charts.HeartRate.Select(p => p.Value).ShouldBe([140.0, 142.0]);
        charts.Elevation.Count.ShouldBe(2);
        charts.Elevation[0].Value.ShouldBe(328.084, 0.001);
        charts.PaceOrSpeed[0].Value.ShouldBe(1609.344 / 2.5, 1e-6); // seconds per mile
    }

    [Fact]
    public void Given_a_ride_with_device_distance_and_speed_When_charting_Then_speed_in_km_h_against_the_device_distance()
    {
        var streams = new ActivityStreamsResponse(
            3, 3, [0.0, 1, 2], null, null, null, [0.0, 10, 20], null, null, null, [10.0, 10, 10], null);

        var charts = TrackCharts.From(streams, Sport.Cycling, TestMeasures.Metric)!;

        charts.PaceOrSpeed.Select(p => (p.Distance, Math.Round(p.Value, 6))).ShouldBe([(0.0, 36.0), (0.01, 36.0), (0.02, 36.0)]);
    }

    [Fact]
    public void Given_a_standing_athlete_When_charting_Then_no_pace_points()
    {
        var streams = new ActivityStreamsResponse(3, 3, [0.0, 1, 2], null, null, null, [5.0, 5, 5], null, null, null, null, null);

        TrackCharts.From(streams, Sport.Running, TestMeasures.Metric)!.PaceOrSpeed.ShouldBeEmpty();
    }

    [Fact]
    public void Given_neither_distance_nor_positions_When_charting_Then_no_charts()
    {
        var streams = new ActivityStreamsResponse(2, 2, [0.0, 1], null, null, null, null, [120.0, 121], null, null, null, null);

        TrackCharts.From(streams, Sport.Running, TestMeasures.Metric).ShouldBeNull();
    }
}
