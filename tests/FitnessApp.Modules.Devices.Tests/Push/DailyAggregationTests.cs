using FitnessApp.Modules.Devices.DailyMetrics;
using FitnessApp.Modules.Devices.Samples;

namespace FitnessApp.Modules.Devices.Tests.Push;

public sealed class DailyAggregationTests
{
    private static readonly Guid Phone = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Watch = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateOnly Day = new(2026, 3, 10);
    private static readonly DateTime Midnight = new(2026, 3, 10, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Given_two_devices_When_both_count_steps_Then_the_day_has_the_larger_devices_total_not_the_sum()
    {
        AggregationSample[] samples =
        [
            Steps(Phone, 8, 3000), Steps(Phone, 17, 1000),
            Steps(Watch, 8, 3500),
        ];

        Compute(samples, TimeZoneInfo.Utc)[Day].Steps.ShouldBe(4000);
    }

    [Fact]
    public void Given_steps_around_local_midnight_When_aggregated_in_Berlin_Then_each_interval_counts_on_the_local_day_it_starts()
    {
        // Berlin is UTC+1 in March: 22:30Z is 23:30 local, 23:30Z is 00:30 the next day.
        AggregationSample[] samples = [Steps(Watch, 22.5, 100), Steps(Watch, 23.5, 40)];

        var days = DailyAggregation.Compute(samples, Berlin, new HashSet<DateOnly> { Day, Day.AddDays(1) });

        days[Day].Steps.ShouldBe(100);
        days[Day.AddDays(1)].Steps.ShouldBe(40);
    }

    [Fact]
    public void Given_a_night_When_aggregated_Then_sleep_counts_on_the_day_it_ends_with_overlaps_merged_and_awake_left_out()
    {
        AggregationSample[] samples =
        [
            Sleep(Watch, -2, 6, SleepStage.Asleep),
            Sleep(Watch, 1, 3, SleepStage.Deep),
            Sleep(Watch, 6, 6.5, SleepStage.Awake),
            Sleep(Phone, -1, 5, SleepStage.Asleep),
        ];

        var days = DailyAggregation.Compute(samples, TimeZoneInfo.Utc, new HashSet<DateOnly> { Day.AddDays(-1), Day });

        days[Day].SleepMinutes.ShouldBe(480, "the watch's 8 h (its deep stage inside the session) beats the phone's 6 h");
        days[Day.AddDays(-1)].IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Given_several_readings_When_aggregated_Then_resting_heart_rate_and_weight_are_the_latest_of_the_day()
    {
        AggregationSample[] samples =
        [
            new(Watch, SampleType.RestingHeartRate, Midnight.AddHours(7), null, 55),
            new(Phone, SampleType.RestingHeartRate, Midnight.AddHours(20), null, 53),
            new(Phone, SampleType.Weight, Midnight.AddHours(7), null, 70.25),
            new(Phone, SampleType.Weight, Midnight.AddHours(6), null, 71),
            new(Watch, SampleType.HeartRate, Midnight.AddHours(9), null, 140),
        ];

        var day = Compute(samples, TimeZoneInfo.Utc)[Day];

        day.RestingHeartRate.ShouldBe(53);
        day.WeightKg.ShouldBe(70.25);
        day.Steps.ShouldBeNull();
        day.SleepMinutes.ShouldBeNull();
    }

    [Fact]
    public void Given_samples_outside_the_requested_days_When_aggregated_Then_they_are_ignored()
    {
        AggregationSample[] samples = [Steps(Watch, 30, 5000), Steps(Watch, -5, 5000)];

        Compute(samples, TimeZoneInfo.Utc)[Day].IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Given_disjoint_and_nested_segments_When_merged_Then_minutes_cover_their_union()
    {
        List<(DateTime, DateTime)> segments =
        [
            (Midnight.AddHours(2), Midnight.AddHours(3)),
            (Midnight, Midnight.AddHours(1)),
            (Midnight.AddMinutes(30), Midnight.AddMinutes(45)),
            (Midnight.AddMinutes(50), Midnight.AddMinutes(70)),
        ];

        DailyAggregation.MergedMinutes(segments).ShouldBe(130);
    }

    private static IReadOnlyDictionary<DateOnly, DailyValues> Compute(AggregationSample[] samples, TimeZoneInfo zone) =>
        DailyAggregation.Compute(samples, zone, new HashSet<DateOnly> { Day });

    private static AggregationSample Steps(Guid device, double hour, double count) =>
        new(device, SampleType.Steps, Midnight.AddHours(hour), Midnight.AddHours(hour + 0.5), count);

    private static AggregationSample Sleep(Guid device, double fromHour, double toHour, SleepStage stage) =>
        new(device, SampleType.Sleep, Midnight.AddHours(fromHour), Midnight.AddHours(toHour), 0, stage);
}
