using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Devices.Files.Gpx;
using FitnessApp.Modules.Devices.Files.Tcx;
using FitnessApp.Modules.Devices.Tests.Files.Gpx;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Devices.Tests.Generated;

/// <summary>
/// One workout (tests/corpus/generated/running-1s: 1,442 points, a 60 s pause, 3 laps) as FIT, GPX and TCX must give
/// the same activity. Documented tolerances (docs/performance.md, "Activity files: peers"):
/// distance within 0.5 m (GPX has none: its haversine length, R = 6,371 km, as the FIT file's generator measured);
/// elapsed and paused time exact (whole seconds in every format); heart rate and cadence exact (the same integers);
/// positions within 1e-7° (GPX and TCX carry the FIT degrees as printed by JavaScript, which round-trips).
/// </summary>
public sealed class SameWorkoutTests
{
    private const double DistanceTolerance = 0.5;
    private const double PositionTolerance = 1e-7;

    private static ParsedActivity Parse(IActivityFileParser parser, string extension)
    {
        using var file = File.OpenRead(GarminExpectation.PathOf("running-1s" + extension));
        return parser.Parse(file).ShouldHaveSingleItem();
    }

    private static (ParsedActivity Fit, ParsedActivity Gpx, ParsedActivity Tcx) All() =>
        (Parse(new FitParser(), ".fit"), Parse(new GpxParser(), ".gpx"), Parse(new TcxParser(), ".tcx"));

    [Fact]
    public void Given_the_same_run_as_FIT_GPX_and_TCX_When_parsed_Then_each_is_a_run_with_the_same_points_within_1e7_degrees()
    {
        var (fit, gpx, tcx) = All();

        foreach (var other in new[] { gpx, tcx })
        {
            other.Sport.ShouldBe(Sport.Running, other.Format);
            other.StartTime.ShouldBe(fit.StartTime, other.Format);
            other.Samples.Count.ShouldBe(fit.Samples.Count, other.Format);
            for (var i = 0; i < fit.Samples.Count; i++)
            {
                other.Samples[i].Time.ShouldBe(fit.Samples[i].Time, $"{other.Format} point {i}");
                other.Samples[i].Latitude!.Value.ShouldBe(fit.Samples[i].Latitude!.Value, PositionTolerance, $"{other.Format} point {i}");
                other.Samples[i].Longitude!.Value.ShouldBe(fit.Samples[i].Longitude!.Value, PositionTolerance, $"{other.Format} point {i}");
                other.Samples[i].Altitude.ShouldBe(fit.Samples[i].Altitude, $"{other.Format} point {i}");
            }
        }
    }

    [Fact]
    public void Given_the_same_run_as_FIT_GPX_and_TCX_When_parsed_Then_the_distance_agrees_within_half_a_metre()
    {
        var (fit, gpx, tcx) = All();
        var fitDistance = fit.TotalDistanceMeters.ShouldNotBeNull();

        tcx.TotalDistanceMeters.ShouldNotBeNull().ShouldBe(fitDistance, DistanceTolerance);
        tcx.Samples[^1].Distance.ShouldNotBeNull().ShouldBe(fitDistance, DistanceTolerance);
        fit.Samples[^1].Distance.ShouldNotBeNull().ShouldBe(fitDistance, DistanceTolerance);
        gpx.TotalDistanceMeters.ShouldBeNull();
        HaversineLength(gpx).ShouldBe(fitDistance, DistanceTolerance);
        HaversineLength(fit).ShouldBe(fitDistance, DistanceTolerance);
    }

    [Fact]
    public void Given_the_same_run_as_FIT_GPX_and_TCX_When_parsed_Then_elapsed_time_and_the_60_second_pause_are_exactly_equal()
    {
        var (fit, gpx, tcx) = All();

        foreach (var activity in new[] { fit, gpx, tcx })
        {
            (activity.Samples[^1].Time - activity.Samples[0].Time).TotalSeconds.ShouldBe(1500, activity.Format);
            activity.Pauses.ShouldBe(fit.Pauses, activity.Format);
            activity.Pauses.Sum(p => (p.End - p.Start).TotalSeconds).ShouldBe(60, activity.Format);
        }

        fit.TotalTimerSeconds.ShouldBe(1440);
        tcx.TotalTimerSeconds.ShouldBe(1440);
    }

    [Fact]
    public void Given_the_same_run_as_FIT_GPX_and_TCX_When_parsed_Then_heart_rate_and_cadence_are_exactly_equal()
    {
        var (fit, gpx, tcx) = All();

        foreach (var other in new[] { gpx, tcx })
        {
            other.Samples.Select(s => s.HeartRate).ShouldBe(fit.Samples.Select(s => s.HeartRate), other.Format);
            other.Samples.Select(s => s.Cadence).ShouldBe(fit.Samples.Select(s => s.Cadence), other.Format);
            other.Samples.Average(s => s.HeartRate!.Value).ShouldBe(fit.Samples.Average(s => s.HeartRate!.Value), other.Format);
            other.Samples.Max(s => s.HeartRate).ShouldBe(fit.Samples.Max(s => s.HeartRate), other.Format);
        }
    }

    [Fact]
    public void Given_the_same_run_as_FIT_and_TCX_When_parsed_Then_the_three_laps_agree()
    {
        var (fit, _, tcx) = All();

        tcx.Laps.Count.ShouldBe(3);
        for (var i = 0; i < 3; i++)
        {
            tcx.Laps[i].StartTime.ShouldBe(fit.Laps[i].StartTime);
            tcx.Laps[i].TimerSeconds.ShouldBe(fit.Laps[i].TimerSeconds);
            tcx.Laps[i].DistanceMeters.ShouldNotBeNull().ShouldBe(fit.Laps[i].DistanceMeters!.Value, DistanceTolerance);
            tcx.Laps[i].AverageHeartRate.ShouldBe(fit.Laps[i].AverageHeartRate);
            tcx.Laps[i].MaxHeartRate.ShouldBe(fit.Laps[i].MaxHeartRate);
        }
    }

    private static double HaversineLength(ParsedActivity activity) =>
        activity.Samples.Zip(activity.Samples.Skip(1), (a, b) => GeoLength.Between(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value)).Sum();
}
