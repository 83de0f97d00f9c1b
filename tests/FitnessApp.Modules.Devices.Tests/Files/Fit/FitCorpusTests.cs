using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Devices.Tests.Files.Fit;

public sealed class FitCorpusTests
{
    private static IReadOnlyList<ParsedActivity> Parse(string file)
    {
        using var stream = Corpus.Open("fit/" + file);
        return new FitParser().Parse(stream);
    }

    private static ActivityFileException Refuse(string file) =>
        Should.Throw<ActivityFileException>(() => Parse(file));

    [Theory]
    [InlineData("garmin-edge-500-activity.fit")]
    [InlineData("garmin-fenix-5-run.fit")]
    [InlineData("compressed-speed-distance.fit")]
    [InlineData("2019-02-17-062644-ELEMNT-297E-195-0.fit")]
    [InlineData("coros-pace-2-cycling-misaligned-fields.fit")]
    [InlineData("developer-types-sample.fit")]
    [InlineData("activity-small-fenix2-run.fit")]
    [InlineData("activity-large-fenxi2-multisport.fit")]
    [InlineData("sample-activity.fit")]
    [InlineData("sample-activity-indoor-trainer.fit")]
    [InlineData("Activity.fit")]
    [InlineData("sample_mulitple_header.fit")]
    public void Given_a_real_activity_file_When_parsed_Then_every_activity_has_samples(string file)
    {
        var activities = Parse(file);

        activities.ShouldNotBeEmpty();
        activities.ShouldAllBe(a => a.Format == "fit" && a.Samples.Count > 0);
    }

    [Fact]
    public void Given_the_Edge_500_ride_When_parsed_Then_it_is_one_cycling_activity_from_the_Edge_500()
    {
        var activity = Parse("garmin-edge-500-activity.fit").ShouldHaveSingleItem();

        activity.Sport.ShouldBe(Sport.Cycling);
        activity.DeviceName.ShouldBe("Garmin Edge 500");
        activity.StartTime.ShouldBe(new DateTimeOffset(2011, 9, 25, 13, 0, 21, TimeSpan.Zero));
        activity.Laps.ShouldNotBeEmpty();
        activity.TotalDistanceMeters.ShouldNotBeNull().ShouldBeGreaterThan(0);
        activity.TotalTimerSeconds.ShouldNotBeNull().ShouldBeLessThanOrEqualTo(activity.TotalElapsedSeconds!.Value);
    }

    [Fact]
    public void Given_the_Fenix_5_run_When_parsed_Then_it_is_running()
    {
        var activity = Parse("garmin-fenix-5-run.fit").ShouldHaveSingleItem();

        activity.Sport.ShouldBe(Sport.Running);
        activity.DeviceName.ShouldBe("Garmin Fenix 5");
        activity.Name.ShouldBe("Run");
    }

    [Fact]
    public void Given_the_chained_file_When_decoded_Then_every_file_and_its_3023_messages_are_read()
    {
        var counter = FitMessageCounter.Decode("fit/sample_mulitple_header.fit");

        counter.Files.ShouldBeGreaterThan(1);
        counter.Messages.ShouldBe(3023);
    }

    [Fact]
    public void Given_the_Wahoo_ride_When_decoded_Then_the_session_average_speed_is_5_86()
    {
        var counter = FitMessageCounter.Decode(
            "fit/2019-02-17-062644-ELEMNT-297E-195-0.fit", FitProfile.Session.Message, FitProfile.Session.AverageSpeed, FitProfile.Session.SpeedScale);

        counter.Watched.ShouldHaveSingleItem().ShouldBe(5.86);
    }

    [Fact]
    public void Given_the_COROS_file_with_misaligned_fields_When_decoded_Then_its_11293_messages_are_read()
    {
        FitMessageCounter.Decode("fit/coros-pace-2-cycling-misaligned-fields.fit").Messages.ShouldBe(11293);
    }

    [Fact]
    public void Given_the_Fenix_2_multisport_file_When_parsed_Then_each_session_but_the_transitions_is_an_activity()
    {
        var activities = Parse("activity-large-fenxi2-multisport.fit");

        activities.Select(a => a.Sport).ShouldBe([Sport.Other, Sport.Running, Sport.Running, Sport.Cycling]);
        activities.Select(a => a.StartTime).ShouldBeInOrder();
        activities.ShouldAllBe(a => a.DeviceName == "Garmin Fenix 2");
    }

    [Fact]
    public void Given_the_chained_triathlon_When_parsed_Then_it_is_a_swim_a_ride_and_a_run()
    {
        var activities = Parse("sample_mulitple_header.fit");

        activities.Select(a => a.Sport).ShouldBe([Sport.OpenWaterSwimming, Sport.Cycling, Sport.Running]);
        activities.Select(a => a.Samples.Count).ShouldBe([349, 854, 518]);
        activities[1].TotalDistanceMeters.ShouldNotBeNull().ShouldBe(40909.42, 0.001);
    }

    [Fact]
    public void Given_the_indoor_trainer_file_When_parsed_Then_no_sample_has_a_position()
    {
        var activity = Parse("sample-activity-indoor-trainer.fit").ShouldHaveSingleItem();

        activity.Samples.ShouldAllBe(s => s.Latitude == null && s.Longitude == null);
    }

    [Fact]
    public void Given_developer_fields_When_decoded_Then_they_are_skipped_and_the_records_read()
    {
        var counter = FitMessageCounter.Decode("fit/DeveloperData.fit", FitProfile.Record.Message, FitProfile.Record.HeartRate);

        counter.Watched.ShouldBe([140, 143, 144]);
    }

    [Fact]
    public void Given_the_developer_types_sample_When_parsed_Then_its_3424_records_are_samples() =>
        Parse("developer-types-sample.fit").ShouldHaveSingleItem().Samples.Count.ShouldBe(3424);

    [Fact]
    public void Given_records_without_timestamps_When_parsed_Then_it_is_refused_as_having_no_samples() =>
        Refuse("DeveloperData.fit").Code.ShouldBe("fit.noRecords");

    [Fact]
    public void Given_the_Strava_recording_that_crashed_mid_file_When_parsed_Then_it_is_refused_as_damaged() =>
        Refuse("strava-android-app-201.10-b1218918.fit").Code.ShouldBe("fit.corrupt");

    [Theory]
    [InlineData("Settings.fit")]
    [InlineData("MonitoringFile.fit")]
    public void Given_a_non_activity_file_When_parsed_Then_it_is_refused_as_not_an_activity(string file) =>
        Refuse(file).Code.ShouldBe("fit.notActivity");

    [Fact]
    public void Given_a_file_with_a_wrong_checksum_When_parsed_Then_it_is_refused_with_a_crc_error() =>
        Refuse("activity-filecrc.fit").Code.ShouldBe("fit.fileCrc");

    [Fact]
    public void Given_a_truncated_file_When_parsed_Then_it_is_refused_as_truncated() =>
        Refuse("activity-unexpected-eof.fit").Code.ShouldBe("fit.truncated");

    [Fact]
    public void Given_a_chained_file_whose_second_header_is_corrupt_When_parsed_Then_it_is_refused() =>
        Refuse("activity-settings-corruptheader.fit").Code.ShouldBe("fit.corruptHeader");
}
