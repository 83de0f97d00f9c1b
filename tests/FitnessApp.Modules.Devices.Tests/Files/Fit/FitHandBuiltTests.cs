using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Training.Contracts.Activities;
using static FitnessApp.Modules.Devices.Tests.Files.Fit.FitFileBuilder;

namespace FitnessApp.Modules.Devices.Tests.Files.Fit;

public sealed class FitHandBuiltTests
{
    private const ushort Record = 20;
    private const uint Start = 1_000_000_000;

    private static IReadOnlyList<ParsedActivity> Parse(byte[] file) => new FitParser().Parse(new MemoryStream(file));

    private static ParsedActivity ParseOne(byte[] file) => Parse(file).ShouldHaveSingleItem();

    private static string Refusal(byte[] file) => Should.Throw<ActivityFileException>(() => Parse(file)).Code;

    private static FitFileBuilder WithHeartRateRecords() =>
        new FitFileBuilder().ActivityFileId().Definition(0, Record, [(253, 4, TUInt32), (3, 1, TUInt8)]);

    private static DateTimeOffset At(uint fitSeconds) => FitProfile.Epoch.AddSeconds(fitSeconds);

    [Fact]
    public void Given_compressed_timestamp_headers_When_the_5_bit_offset_rolls_over_Then_times_keep_increasing()
    {
        // Start = 1_000_000_000 ends in 0b00000 (low five bits 0); offsets 30 then 2 roll over the 32-second window.
        var file = WithHeartRateRecords()
            .Data(0, [.. Le32(Start), 100])
            .Definition(1, Record, [(3, 1, TUInt8)])
            .CompressedTimestampData(1, 30, 101)
            .CompressedTimestampData(1, 2, 102)
            .CompressedTimestampData(1, 2, 103)
            .Build();

        ParseOne(file).Samples.Select(s => s.Time).ShouldBe([At(Start), At(Start + 30), At(Start + 34), At(Start + 34)]);
    }

    [Fact]
    public void Given_fields_larger_or_odder_than_their_profile_When_parsed_Then_values_stay_aligned()
    {
        var file = new FitFileBuilder().ActivityFileId()
            .Definition(0, Record, [(253, 4, TUInt32), (3, 2, TUInt16), (4, 3, TUInt8), (7, 3, TUInt16), (13, 1, 0x01)])
            .Data(0, [.. Le32(Start), 150, 0, 80, 81, 82, 1, 2, 3, 21])
            .Build();

        var sample = ParseOne(file).Samples.ShouldHaveSingleItem();

        sample.HeartRate.ShouldBe(150);
        sample.Cadence.ShouldBe(80);
        sample.Power.ShouldBeNull();
        sample.Temperature.ShouldBe(21);
    }

    [Fact]
    public void Given_an_unknown_message_and_developer_fields_When_parsed_Then_they_are_skipped()
    {
        var file = WithHeartRateRecords()
            .Definition(1, 0xFF00, [(0, 5, 0x0D), (1, 4, TUInt32)])
            .Data(1, 1, 2, 3, 4, 5, 6, 7, 8, 9)
            .Definition(2, Record, [(253, 4, TUInt32), (3, 1, TUInt8)], developerSizes: [4, 1])
            .Data(2, [.. Le32(Start), 120, 9, 9, 9, 9, 9])
            .Data(0, [.. Le32(Start + 1), 121])
            .Build();

        ParseOne(file).Samples.Select(s => s.HeartRate).ShouldBe([120d, 121d]);
    }

    [Fact]
    public void Given_a_big_endian_definition_When_parsed_Then_values_are_read_in_its_byte_order()
    {
        var file = new FitFileBuilder().ActivityFileId()
            .Definition(0, Record, [(253, 4, TUInt32), (6, 2, TUInt16), (0, 4, TSInt32), (1, 4, TSInt32)], bigEndian: true)
            .Data(0, [.. Le32(Start).Reverse(), 0x0B, 0xB8, 0x20, 0x00, 0x00, 0x00, 0xE0, 0x00, 0x00, 0x00])
            .Build();

        var sample = ParseOne(file).Samples.ShouldHaveSingleItem();

        sample.Time.ShouldBe(At(Start));
        sample.Speed.ShouldBe(3.0);
        sample.Latitude.ShouldBe(45.0);
        sample.Longitude.ShouldBe(-45.0);
    }

    [Fact]
    public void Given_invalid_values_When_parsed_Then_they_are_null()
    {
        var file = new FitFileBuilder().ActivityFileId()
            .Definition(0, Record, [(253, 4, TUInt32), (3, 1, TUInt8), (0, 4, TSInt32), (1, 4, TSInt32), (2, 2, TUInt16)])
            .Data(0, [.. Le32(Start), 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF])
            .Build();

        ParseOne(file).Samples.ShouldHaveSingleItem().ShouldBe(new(At(Start)));
    }

    [Fact]
    public void Given_timer_events_laps_and_a_session_When_parsed_Then_pauses_laps_sport_and_totals_are_the_devices()
    {
        var file = WithHeartRateRecords()
            .Data(0, [.. Le32(Start), 100])
            .Definition(1, 21, [(253, 4, TUInt32), (0, 1, TEnum), (1, 1, TEnum)])
            .Data(1, [.. Le32(Start + 10), 0, 4])
            .Data(1, [.. Le32(Start + 70), 0, 0])
            .Data(0, [.. Le32(Start + 100), 110])
            .Definition(2, 19, [(253, 4, TUInt32), (2, 4, TUInt32), (7, 4, TUInt32), (9, 4, TUInt32), (15, 1, TUInt8)])
            .Data(2, [.. Le32(Start + 100), .. Le32(Start), .. Le32(100_000), .. Le32(25_000), 105])
            .Definition(3, 18, [(253, 4, TUInt32), (2, 4, TUInt32), (7, 4, TUInt32), (8, 4, TUInt32), (9, 4, TUInt32), (5, 1, TEnum), (6, 1, TEnum)])
            .Data(3, [.. Le32(Start + 100), .. Le32(Start), .. Le32(100_000), .. Le32(40_000), .. Le32(25_000), 1, 3])
            .Build();

        var activity = ParseOne(file);

        activity.Sport.ShouldBe(Sport.TrailRunning);
        activity.StartTime.ShouldBe(At(Start));
        activity.Pauses.ShouldHaveSingleItem().ShouldBe(new(At(Start + 10), At(Start + 70)));
        activity.Laps.ShouldHaveSingleItem().ShouldBe(new(At(Start), 100, null, 250, null, 105, null, null, null));
        (activity.TotalElapsedSeconds, activity.TotalTimerSeconds, activity.TotalDistanceMeters).ShouldBe((100d, 40d, 250d));
        activity.DeviceName.ShouldBe("Garmin Edge 500");
    }

    [Fact]
    public void Given_two_sessions_When_parsed_Then_each_is_an_activity_with_its_own_samples_and_sport()
    {
        var file = WithHeartRateRecords()
            .Data(0, [.. Le32(Start), 100])
            .Data(0, [.. Le32(Start + 100), 101])
            .Definition(3, 18, [(253, 4, TUInt32), (2, 4, TUInt32), (5, 1, TEnum)])
            .Data(3, [.. Le32(Start + 99), .. Le32(Start), 5])
            .Data(3, [.. Le32(Start + 200), .. Le32(Start + 100), 2])
            .Build();

        var activities = Parse(file);

        activities.Select(a => a.Sport).ShouldBe([Sport.PoolSwimming, Sport.Cycling]);
        activities.Select(a => a.Samples.ShouldHaveSingleItem().HeartRate).ShouldBe([100d, 101d]);
    }

    [Fact]
    public void Given_a_header_crc_of_zero_When_parsed_Then_the_header_is_not_checked() =>
        ParseOne(WithHeartRateRecords().Data(0, [.. Le32(Start), 100]).Build(headerCrc: false)).Samples.Count.ShouldBe(1);

    [Fact]
    public void Given_a_wrong_header_crc_When_parsed_Then_it_is_refused()
    {
        var file = WithHeartRateRecords().Data(0, [.. Le32(Start), 100]).Build();
        file[12] ^= 0xFF;

        Refusal(file).ShouldBe("fit.headerCrc");
    }

    [Fact]
    public void Given_a_wrong_file_crc_When_parsed_Then_it_is_refused() =>
        Refusal(WithHeartRateRecords().Data(0, [.. Le32(Start), 100]).Build(corruptFileCrc: true)).ShouldBe("fit.fileCrc");

    [Fact]
    public void Given_a_file_cut_inside_a_message_When_parsed_Then_it_is_refused_as_truncated() =>
        Refusal(WithHeartRateRecords().Data(0, [.. Le32(Start), 100]).Build()[..^4]).ShouldBe("fit.truncated");

    [Theory]
    [InlineData("")]
    [InlineData("<?xml version=\"1.0\"?><gpx></gpx>")]
    public void Given_something_that_is_not_FIT_When_parsed_Then_it_is_refused_as_not_FIT(string content) =>
        Refusal(System.Text.Encoding.UTF8.GetBytes(content)).ShouldBe("fit.notFit");

    [Fact]
    public void Given_a_data_message_of_an_undefined_local_type_When_parsed_Then_it_is_refused_as_damaged() =>
        Refusal(new FitFileBuilder().ActivityFileId().Data(3, 1, 2, 3).Build()).ShouldBe("fit.corrupt");

    [Fact]
    public void Given_a_course_file_When_parsed_Then_it_is_refused_as_not_an_activity() =>
        Refusal(new FitFileBuilder().ActivityFileId(type: 6).Build()).ShouldBe("fit.notActivity");

    [Fact]
    public void Given_an_activity_without_records_When_parsed_Then_it_is_refused_as_having_no_samples() =>
        Refusal(new FitFileBuilder().ActivityFileId().Build()).ShouldBe("fit.noRecords");

    [Fact]
    public void Given_a_cancelled_import_When_parsed_Then_decoding_stops()
    {
        var file = WithHeartRateRecords().Data(0, [.. Le32(Start), 100]).Build();

        Should.Throw<OperationCanceledException>(() => new FitParser().Parse(new MemoryStream(file), new CancellationToken(canceled: true)));
    }
}
