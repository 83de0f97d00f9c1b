using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Training.Contracts.Tracks;
using static FitnessApp.Modules.Devices.Tests.Files.Fit.FitFileBuilder;

namespace FitnessApp.Modules.Devices.Tests.Files.Fit;

/// <summary>Device-relative times and values no device means (found while fuzzing and from the FIT profile's date_time rules).</summary>
public sealed class FitOddValuesTests
{
    private const ushort Record = 20;
    private const byte TFloat32 = 0x88;
    private const byte TFloat64 = 0x89;
    private const uint Utc = 1_100_000_000;
    private const uint PowerOn = 5_000;

    private static IReadOnlyList<ParsedActivity> Parse(byte[] file) => new FitParser().Parse(new MemoryStream(file));

    private static DateTimeOffset At(uint fitSeconds) => FitProfile.Epoch.AddSeconds(fitSeconds);

    private static FitFileBuilder RelativeRecordsAndEvents() =>
        new FitFileBuilder().ActivityFileId()
            .Definition(0, Record, [(253, 4, TUInt32), (3, 1, TUInt8)])
            .Data(0, [.. Le32(PowerOn), 100])
            .Definition(1, 21, [(253, 4, TUInt32), (0, 1, TEnum), (1, 1, TEnum)])
            .Data(1, [.. Le32(PowerOn + 10), 0, 4])
            .Data(1, [.. Le32(PowerOn + 20), 0, 0])
            .Data(0, [.. Le32(PowerOn + 30), 110]);

    [Fact]
    public void Given_times_relative_to_power_on_and_a_timestamp_correlation_When_parsed_Then_every_time_is_UTC()
    {
        // timestamp_correlation: UTC Utc + 30 was system time PowerOn + 30.
        var file = RelativeRecordsAndEvents()
            .Definition(2, 162, [(253, 4, TUInt32), (1, 4, TUInt32)])
            .Data(2, [.. Le32(Utc + 30), .. Le32(PowerOn + 30)])
            .Build();

        var activity = Parse(file).ShouldHaveSingleItem();

        activity.Samples.Select(s => s.Time).ShouldBe([At(Utc), At(Utc + 30)]);
        activity.StartTime.ShouldBe(At(Utc));
        activity.Pauses.ShouldBe([new TrackPause(At(Utc + 10), At(Utc + 20))]);
    }

    [Fact]
    public void Given_times_relative_to_power_on_and_a_device_settings_time_offset_When_parsed_Then_every_time_is_UTC()
    {
        var file = RelativeRecordsAndEvents()
            .Definition(2, 2, [(2, 4, TUInt32)])
            .Data(2, Le32(Utc - PowerOn))
            .Build();

        Parse(file).ShouldHaveSingleItem().Samples.Select(s => s.Time).ShouldBe([At(Utc), At(Utc + 30)]);
    }

    [Fact]
    public void Given_times_relative_to_power_on_and_only_the_activitys_local_timestamp_When_parsed_Then_local_time_dates_them()
    {
        var local = Utc + 7200;
        var file = RelativeRecordsAndEvents()
            .Definition(2, 34, [(253, 4, TUInt32), (5, 4, TUInt32)])
            .Data(2, [.. Le32(PowerOn + 30), .. Le32(local + 30)])
            .Build();

        Parse(file).ShouldHaveSingleItem().Samples.Select(s => s.Time).ShouldBe([At(local), At(local + 30)]);
    }

    [Fact]
    public void Given_a_real_Forerunner_70_file_with_times_from_power_on_When_parsed_Then_it_is_dated_on_13_February_2012()
    {
        using var file = Corpus.Open("fit/compressed-speed-distance.fit");

        var activity = new FitParser().Parse(file).ShouldHaveSingleItem();

        activity.StartTime.ShouldBe(new DateTimeOffset(2012, 2, 13, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(1));
        activity.Laps.ShouldAllBe(l => l.StartTime >= activity.StartTime);
    }

    [Fact]
    public void Given_times_relative_to_power_on_and_no_clock_When_parsed_Then_it_is_refused_as_undatable() =>
        Should.Throw<ActivityFileException>(() => Parse(RelativeRecordsAndEvents().Build())).Code.ShouldBe("fit.noClock");

    [Fact]
    public void Given_float_fields_holding_NaN_infinity_and_huge_values_When_parsed_Then_they_are_no_value_and_nothing_throws()
    {
        var file = new FitFileBuilder().ActivityFileId()
            .Definition(0, Record, [(253, 4, TUInt32), (3, 4, TFloat32), (6, 8, TFloat64)])
            .Data(0, [.. Le32(Utc), .. BitConverter.GetBytes(float.NaN), .. BitConverter.GetBytes(double.PositiveInfinity)])
            .Definition(1, 18, [(253, 4, TUInt32), (7, 4, TFloat32), (8, 8, TFloat64), (9, 4, TSInt32)])
            .Data(1, [.. Le32(Utc + 60), .. BitConverter.GetBytes(3e38f), .. BitConverter.GetBytes(double.NaN), .. BitConverter.GetBytes(-5000)])
            .Build();

        var activity = Parse(file).ShouldHaveSingleItem();

        activity.Samples.ShouldHaveSingleItem().ShouldBe(new TrackSample(At(Utc)));
        activity.StartTime.ShouldBe(At(Utc));
        activity.TotalElapsedSeconds.ShouldBe(3e38f / 1000d);
        activity.TotalTimerSeconds.ShouldBeNull();
        activity.TotalDistanceMeters.ShouldBeNull();
    }

    [Fact]
    public void Given_a_position_outside_the_globe_When_parsed_Then_the_sample_has_no_position()
    {
        // 0x7FFF_FFFE semicircles is almost 180° of latitude.
        var file = new FitFileBuilder().ActivityFileId()
            .Definition(0, Record, [(253, 4, TUInt32), (0, 4, TSInt32), (1, 4, TSInt32), (3, 1, TUInt8)])
            .Data(0, [.. Le32(Utc), .. Le32(0x7FFF_FFFE), .. Le32(0x1000_0000), 120])
            .Build();

        var sample = Parse(file).ShouldHaveSingleItem().Samples.ShouldHaveSingleItem();

        (sample.Latitude, sample.Longitude, sample.HeartRate).ShouldBe((null, null, 120d));
    }
}
