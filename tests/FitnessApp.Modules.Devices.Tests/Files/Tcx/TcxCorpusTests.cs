using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Tcx;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Devices.Tests.Files.Tcx;

/// <summary>The TCX corpus against the facts python-tcxparser and tcxreader assert (tests/corpus/README.md).</summary>
public sealed class TcxCorpusTests
{
    [Fact]
    public void Given_tcxparser_test_When_parsed_Then_the_run_matches_python_tcxparser()
    {
        var activity = Parse("tcxparser-test.tcx").ShouldHaveSingleItem();

        activity.Format.ShouldBe("tcx");
        activity.Sport.ShouldBe(Sport.Running);
        activity.StartTime.ShouldBe(new DateTimeOffset(2012, 12, 26, 21, 29, 53, TimeSpan.Zero));
        activity.Samples[^1].Time.ShouldBe(new DateTimeOffset(2012, 12, 26, 22, 3, 5, TimeSpan.Zero));
        activity.Samples.Count.ShouldBe(384);
        activity.Samples.Last(s => s.Distance is not null).Distance.ShouldBe(4_686.31103516);
        activity.TotalTimerSeconds!.Value.ShouldBe(1_992.78, 0.001);
        activity.TotalCalories.ShouldBe(379);
        activity.Laps.Count.ShouldBe(3);
        activity.DeviceName.ShouldBe("Forerunner 410 Software Version 2.20");
    }

    [Fact]
    public void Given_tcxparser_test_When_parsed_Then_heart_rate_and_altitude_ranges_match_python_tcxparser()
    {
        var samples = Parse("tcxparser-test.tcx").Single().Samples;

        var heartRates = samples.Where(s => s.HeartRate is not null).Select(s => s.HeartRate!.Value).ToList();
        heartRates.Min().ShouldBe(60);
        // python-tcxparser truncates its mean (156.65) to an integer.
        Math.Floor(heartRates.Average()).ShouldBe(156);
        heartRates.Max().ShouldBe(189);
        var altitudes = samples.Where(s => s.Altitude is not null).Select(s => s.Altitude!.Value).ToList();
        altitudes.Min().ShouldBe(157.79, 0.01);
        altitudes.Max().ShouldBe(215.95, 0.01);
        altitudes.Average().ShouldBe(172.02, 0.01);
    }

    [Fact]
    public void Given_tcxparser_test_When_parsed_Then_the_first_lap_is_the_devices_summary()
    {
        var lap = Parse("tcxparser-test.tcx").Single().Laps[0];

        lap.StartTime.ShouldBe(new DateTimeOffset(2012, 12, 26, 21, 29, 53, TimeSpan.Zero));
        lap.TimerSeconds.ShouldBe(608.47);
        lap.DistanceMeters.ShouldBe(1_609.34399414);
        lap.Calories.ShouldBe(94);
        lap.AverageHeartRate.ShouldBe(139);
        lap.MaxHeartRate.ShouldBe(189);
    }

    [Fact]
    public void Given_a_file_without_heart_rate_When_parsed_Then_samples_have_none_and_the_rest_is_read()
    {
        var activity = Parse("tcxparser-no_hr.tcx").ShouldHaveSingleItem();

        activity.Samples.ShouldAllBe(s => s.HeartRate == null);
        activity.Samples.Count.ShouldBe(384);
        activity.Laps.ShouldAllBe(l => l.AverageHeartRate == null && l.MaxHeartRate == null);
        activity.TotalCalories.ShouldBe(379);
    }

    [Fact]
    public void Given_the_skiing_file_When_parsed_Then_two_laps_with_lap_extension_cadence_hold_every_trackpoint()
    {
        var activity = Parse("tcxreader-cross-country-skiing_activity_1.tcx").ShouldHaveSingleItem();

        activity.Sport.ShouldBe(Sport.Other);
        activity.Laps.Count.ShouldBe(2);
        activity.Laps[0].AverageCadence.ShouldBe(38);
        activity.Laps[0].MaxCadence.ShouldBe(95);
        activity.Laps[1].AverageCadence.ShouldBe(39);
        activity.Laps[1].MaxCadence.ShouldBe(69);
        activity.Samples.Count.ShouldBe(486);
        var secondLap = activity.Laps[1].StartTime;
        activity.Samples.ShouldAllBe(s => s.Time >= activity.Laps[0].StartTime);
        activity.Samples.Count(s => s.Time < secondLap).ShouldBeGreaterThan(0);
        activity.Samples.Count(s => s.Time >= secondLap).ShouldBeGreaterThan(0);
        activity.Samples[0].Speed!.Value.ShouldBe(0.56, 0.0001);
        activity.Samples.ShouldContain(s => s.Cadence == 58);
        activity.DeviceName.ShouldBe("vívoactive HR");
        activity.TotalDistanceMeters!.Value.ShouldBe(5_692.01, 0.001);
    }

    [Fact]
    public void Given_a_MapMyRide_ride_When_parsed_Then_it_is_cycling_with_458_kcal()
    {
        var activity = Parse("tcxreader-mapmyride_biking.tcx").ShouldHaveSingleItem();

        activity.Sport.ShouldBe(Sport.Cycling);
        Math.Round(activity.TotalCalories!.Value).ShouldBe(458);
        activity.Samples.Count.ShouldBe(3112);
        activity.Samples[0].Latitude.ShouldBeNull();
        activity.StartTime.ShouldBe(new DateTimeOffset(2022, 11, 12, 15, 58, 25, TimeSpan.Zero));
    }

    private static IReadOnlyList<ParsedActivity> Parse(string file)
    {
        using var stream = Corpus.Open("tcx/" + file);
        return new TcxParser().Parse(stream);
    }
}
