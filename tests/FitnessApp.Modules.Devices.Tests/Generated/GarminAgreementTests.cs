using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Tests.Generated;

/// <summary>
/// Our FIT decoder against Garmin's (@garmin/fitsdk) on files Garmin's encoder wrote (tests/corpus/generated).
/// Tolerances: position 1e-7° (about 1 cm); every other value exact (the same double within 1e-9, since both
/// apply the profile's scale and offset as raw / scale - offset).
/// </summary>
public sealed class GarminAgreementTests
{
    private const double PositionTolerance = 1e-7;
    private const double ExactTolerance = 1e-9;

    public static TheoryData<string> Files => [.. GarminExpectation.GeneratedFiles];

    private static IReadOnlyList<ParsedActivity> Parse(string fitFile)
    {
        using var file = File.OpenRead(GarminExpectation.PathOf(fitFile));
        return new FitParser().Parse(file);
    }

    [Fact]
    public void Given_the_generated_folder_Then_it_holds_every_kind_of_generated_file()
    {
        GarminExpectation.GeneratedFiles.ShouldBe(
            ["chained.fit", "cycling-smart.fit", "developer-fields.fit", "pool-swim.fit", "running-1s.fit", "treadmill.fit"]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Given_a_file_from_Garmins_encoder_When_decoded_Then_every_message_kind_has_the_count_Garmins_decoder_reads(string fitFile)
    {
        var expected = GarminExpectation.Of(fitFile);

        var counter = GarminMessageCounter.Decode(fitFile);

        counter.Files.ShouldBe(expected.FitFiles);
        counter.Counts.ShouldBe(new SortedDictionary<string, int>(expected.MessageCounts, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Given_a_file_from_Garmins_encoder_When_parsed_Then_every_record_equals_Garmins_within_1e7_degrees_and_exact_otherwise(string fitFile)
    {
        var expected = GarminExpectation.Of(fitFile).Records;

        var samples = Parse(fitFile).SelectMany(a => a.Samples).ToList();

        samples.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AgreeOn(i, samples[i], expected[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Given_a_file_from_Garmins_encoder_When_parsed_Then_each_activity_has_its_sessions_totals_and_laps(string fitFile)
    {
        var expected = GarminExpectation.Of(fitFile);

        var activities = Parse(fitFile);

        activities.Count.ShouldBe(expected.Sessions.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            var session = expected.Sessions[i];
            activity.StartTime.ShouldBe(session.StartTime!.Value);
            activity.TotalDistanceMeters.ShouldBe(session.TotalDistance);
            activity.TotalElapsedSeconds.ShouldBe(session.TotalElapsedTime);
            activity.TotalTimerSeconds.ShouldBe(session.TotalTimerTime);
            activity.TotalCalories.ShouldBe(session.TotalCalories);
        }

        var laps = activities.SelectMany(a => a.Laps).ToList();
        laps.Count.ShouldBe(expected.Laps.Count);
        for (var i = 0; i < laps.Count; i++)
        {
            var lap = expected.Laps[i];
            laps[i].StartTime.ShouldBe(lap.StartTime!.Value, $"lap {i}");
            laps[i].ElapsedSeconds.ShouldBe(lap.TotalElapsedTime, $"lap {i}");
            laps[i].TimerSeconds.ShouldBe(lap.TotalTimerTime, $"lap {i}");
            laps[i].DistanceMeters.ShouldBe(lap.TotalDistance, $"lap {i}");
            laps[i].AverageHeartRate.ShouldBe(lap.AvgHeartRate, $"lap {i}");
            laps[i].MaxHeartRate.ShouldBe(lap.MaxHeartRate, $"lap {i}");
            laps[i].AverageCadence.ShouldBe(lap.AvgCadence, $"lap {i}");
            laps[i].MaxCadence.ShouldBe(lap.MaxCadence, $"lap {i}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Given_a_file_from_Garmins_encoder_When_parsed_Then_its_pauses_are_the_timer_stop_start_pairs(string fitFile)
    {
        var garmin = GarminExpectation.Of(fitFile);
        // A stop at the end of one chained file and the start of the next are not a pause.
        var expected = PausesOf(garmin.TimerEvents)
            .Where(p => garmin.Sessions.Any(s => p.Start >= s.StartTime && p.End <= s.EndTime))
            .ToList();

        var pauses = Parse(fitFile).SelectMany(a => a.Pauses).ToList();

        pauses.ShouldBe(expected);
    }

    [Fact]
    public void Given_the_run_When_parsed_Then_it_is_one_run_with_a_60_second_pause_and_three_laps()
    {
        var run = Parse("running-1s.fit").ShouldHaveSingleItem();

        run.Sport.ShouldBe(Sport.Running);
        run.DeviceName.ShouldBe("Development FitnessApp generator");
        run.Pauses.ShouldHaveSingleItem().ShouldBe(new TrackPause(
            new DateTimeOffset(2026, 5, 3, 6, 41, 40, TimeSpan.Zero), new DateTimeOffset(2026, 5, 3, 6, 42, 40, TimeSpan.Zero)));
        run.Laps.Count.ShouldBe(3);
        run.TotalTimerSeconds.ShouldBe(1440);
    }

    [Fact]
    public void Given_developer_fields_in_every_record_When_parsed_Then_they_are_skipped_and_the_profile_fields_around_them_are_intact()
    {
        var expected = GarminExpectation.Of("developer-fields.fit");
        expected.DeveloperFields.RecordsWithDeveloperData.ShouldBe(601);
        expected.DeveloperFields.Descriptions.Select(d => d.Name).ShouldBe(["Doughnuts Earned", "Ground Contact", "Note"]);

        var run = Parse("developer-fields.fit").ShouldHaveSingleItem();

        run.Samples.Count.ShouldBe(601);
        run.Samples.ShouldAllBe(s => s.HeartRate != null && s.Cadence != null && s.Latitude != null && s.Speed != null);
        run.Samples.Select(s => s.HeartRate).ShouldBe(expected.Records.Select(r => r.HeartRate));
    }

    [Fact]
    public void Given_two_chained_FIT_files_When_parsed_Then_they_are_two_activities_a_run_then_a_ride()
    {
        var activities = Parse("chained.fit");

        activities.Select(a => a.Sport).ShouldBe([Sport.Running, Sport.Cycling]);
        activities.Select(a => a.Samples.Count).ShouldBe([301, 301]);
        activities.Select(a => a.TotalDistanceMeters).ShouldBe([900, 2100]);
        activities[1].StartTime.ShouldBe(activities[0].StartTime.AddHours(1));
    }

    [Fact]
    public void Given_a_pool_swim_without_GPS_When_parsed_Then_it_imports_as_a_pool_swim_of_400_metres_in_4_laps()
    {
        var swim = Parse("pool-swim.fit").ShouldHaveSingleItem();

        swim.Sport.ShouldBe(Sport.PoolSwimming);
        swim.TotalDistanceMeters.ShouldBe(400);
        swim.Samples.ShouldAllBe(s => s.Latitude == null && s.Longitude == null);
        swim.Samples[^1].Distance.ShouldBe(400);
        swim.Laps.Select(l => l.DistanceMeters).ShouldBe([100, 100, 100, 100]);
    }

    [Fact]
    public void Given_a_treadmill_run_without_GPS_When_parsed_Then_it_imports_with_the_devices_distance()
    {
        var expected = GarminExpectation.Of("treadmill.fit");

        var run = Parse("treadmill.fit").ShouldHaveSingleItem();

        run.Sport.ShouldBe(Sport.Running);
        run.Samples.ShouldAllBe(s => s.Latitude == null && s.Longitude == null && s.Distance != null);
        run.TotalDistanceMeters.ShouldNotBeNull().ShouldBeGreaterThan(3000);
        run.TotalDistanceMeters.ShouldBe(expected.Sessions[0].TotalDistance);
        run.Samples[^1].Distance.ShouldBe(run.TotalDistanceMeters);
    }

    private static void AgreeOn(int index, TrackSample ours, GarminRecord garmin)
    {
        var where = $"record {index} at {garmin.Time:O}";
        ours.Time.ShouldBe(garmin.Time, where);
        Near(ours.Latitude, garmin.Lat, PositionTolerance, where + " latitude");
        Near(ours.Longitude, garmin.Lon, PositionTolerance, where + " longitude");
        Near(ours.Altitude, garmin.Altitude, ExactTolerance, where + " altitude");
        Near(ours.Distance, garmin.Distance, ExactTolerance, where + " distance");
        Near(ours.HeartRate, garmin.HeartRate, ExactTolerance, where + " heart rate");
        Near(ours.Cadence, garmin.Cadence, ExactTolerance, where + " cadence");
        Near(ours.Power, garmin.Power, ExactTolerance, where + " power");
        Near(ours.Speed, garmin.Speed, ExactTolerance, where + " speed");
        Near(ours.Temperature, garmin.Temperature, ExactTolerance, where + " temperature");
    }

    private static void Near(double? ours, double? garmin, double tolerance, string what)
    {
        if (garmin is null)
        {
            ours.ShouldBeNull(what);
            return;
        }

        ours.ShouldNotBeNull(what).ShouldBe(garmin.Value, tolerance, what);
    }

    private static List<TrackPause> PausesOf(IEnumerable<GarminTimerEvent> events)
    {
        var pauses = new List<TrackPause>();
        DateTimeOffset? stoppedAt = null;
        foreach (var e in events)
        {
            if (e.Type.StartsWith("stop", StringComparison.Ordinal))
            {
                stoppedAt ??= e.Time;
            }
            else if (e.Type == "start" && stoppedAt is { } start)
            {
                pauses.Add(new TrackPause(start, e.Time));
                stoppedAt = null;
            }
        }

        return pauses;
    }
}
