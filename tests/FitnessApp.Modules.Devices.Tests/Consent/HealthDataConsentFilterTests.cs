using FitnessApp.Modules.Devices.Consent;
using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Devices.Samples.RecordSamples;

namespace FitnessApp.Modules.Devices.Tests.Consent;

public sealed class HealthDataConsentFilterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_a_batch_of_every_type_When_filtered_without_consent_Then_steps_and_workouts_stay_and_the_four_health_items_are_refused()
    {
        SampleInput[] batch =
        [
            new("steps", Start: Start, End: Start.AddHours(1), Count: 1000),
            new("heartRate", Time: Start, Bpm: 100),
            new("restingHeartRate", Time: Start, Bpm: 50),
            new("sleep", Start: Start.AddHours(-8), End: Start),
            new("weight", Time: Start, Kg: 70),
            new("workout", Start: Start, End: Start.AddHours(1), Sport: "running", HeartRates: [new HeartRateInput(Start.AddMinutes(5), 140)]),
        ];

        var (items, refused) = HealthDataConsentFilter.Without(batch);

        refused.ShouldBe(4);
        items.Select(i => i.Type).ShouldBe(["steps", "workout"]);
        items[1].HeartRates.ShouldBeNull();
        items[1].Sport.ShouldBe("running");
    }

    [Fact]
    public void Given_daily_rows_When_shown_without_consent_Then_only_steps_remain_and_days_without_steps_are_left_out()
    {
        DailyMetricsDay[] days =
        [
            new(new DateOnly(2026, 11, 19), 5000, 52, 420, 71.5),
            new(new DateOnly(2026, 11, 20), null, 50, 400, null),
        ];

        var shown = DailyMetricsWithoutHealthData.Of(days).ToList();

        shown.ShouldBe([new DailyMetricsDay(new DateOnly(2026, 11, 19), 5000, null, null, null)]);
    }
}
