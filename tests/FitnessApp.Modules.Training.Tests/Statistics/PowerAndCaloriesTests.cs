using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

public sealed class PowerAndCaloriesTests
{
    private static TrackSamples Ride(int seconds, Func<int, double> power) => new(SyntheticTracks.Seconds(seconds))
    {
        Power = SyntheticTracks.Fill(seconds + 1, power),
        Cadence = SyntheticTracks.Fill(seconds + 1, i => i % 10 == 0 ? 0 : 90),
        Speed = SyntheticTracks.Fill(seconds + 1, _ => 8.0),
    };

    [Fact]
    public void Normalized_power_of_a_constant_power_ride_is_that_power()
    {
        var stats = TrackStatisticsCalculator.Compute(Ride(3600, _ => 200), new() { StoppedSpeedKmh = 4 });

        stats.NormalizedPowerWatts!.Value.ShouldBe(200, 1e-9);
        stats.Power!.Value.Average.ShouldBe(200, 1e-9);
        stats.Power.Value.Max.ShouldBe(200);
    }

    [Fact]
    public void Normalized_power_of_alternating_100_and_300_watt_30_second_blocks()
    {
        // Second k (1-based) belongs to block (k − 1) / 30: even blocks 100 W, odd blocks 300 W. The 30 s rolling
        // average then runs as a triangle wave 100 + 200·m/30 with m = 0, 1, ..., 30, 29, ..., 1 (period 60 s).
        // 29 + 60·40 seconds give exactly 40 periods of rolling values.
        var seconds = 29 + (60 * 40);
        var stats = TrackStatisticsCalculator.Compute(Ride(seconds, i => ((i - 1) / 30) % 2 == 0 ? 100 : 300), new());

        var sum = 0.0;
        for (var step = 0; step < 60; step++)
        {
            var m = step <= 30 ? step : 60 - step;
            sum += Math.Pow(100 + (200.0 * m / 30), 4);
        }

        var expected = Math.Pow(sum / 60, 0.25);
        stats.NormalizedPowerWatts!.Value.ShouldBe(expected, 1e-9);
        // The continuous triangle wave gives ((300^5 − 100^5) / (5 · 200))^(1/4) = 221.80 W; average power is 200 W.
        stats.NormalizedPowerWatts.Value.ShouldBe(221.80, 0.5);
        stats.Power!.Value.Average.ShouldBe(200, 2); // 29 extra seconds at 100 W after the 40 periods
    }

    [Fact]
    public void Normalized_power_leaves_out_device_pauses_and_counts_recording_gaps_as_zero()
    {
        var paused = TrackStatisticsCalculator.Compute(
            Ride(600, i => i is > 200 and <= 300 ? 1000 : 200), new() { Pauses = [new PauseInterval(200, 300)] });
        paused.NormalizedPowerWatts!.Value.ShouldBe(200, 1e-9);

        var times = Enumerable.Range(0, 61).Select(i => (double)i).Concat([120.0]).ToArray();
        var gap = TrackStatisticsCalculator.Compute(
            new TrackSamples(times) { Power = times.Select(_ => 200.0).ToArray() }, new());
        gap.NormalizedPowerWatts!.Value.ShouldBeLessThan(200);
        gap.NormalizedPowerWatts.Value.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_ride_shorter_than_30_seconds_has_no_normalized_power()
    {
        TrackStatisticsCalculator.Compute(Ride(20, _ => 250), new()).NormalizedPowerWatts.ShouldBeNull();
    }

    [Fact]
    public void Cadence_average_leaves_out_zeros_but_power_average_keeps_them()
    {
        var stats = TrackStatisticsCalculator.Compute(Ride(100, i => i % 2 == 0 ? 0 : 300), new());

        stats.Cadence!.Value.Average.ShouldBe(90);
        stats.Power!.Value.Average.ShouldBe(150, 1e-9);
    }

    [Fact]
    public void Calories_come_from_the_device_when_it_reports_them()
    {
        var options = new TrackStatisticsOptions { DeviceCaloriesKcal = 379, Met = MetTable.Running, Athlete = new AthleteProfile(WeightKg: 70) };

        var stats = TrackStatisticsCalculator.Compute(SyntheticTracks.DeviceDistance(3600, i => 3.0 * i), options);

        stats.Calories.ShouldBe(new CaloriesResult(379, CaloriesSource.Device));
    }

    [Fact]
    public void Calories_are_met_times_weight_times_moving_hours()
    {
        // 12.9 km/h is the Compendium's 11.8 MET running entry; 70 kg for 1 h → 826 kcal.
        var running = new TrackStatisticsOptions { Met = MetTable.Running, Athlete = new AthleteProfile(WeightKg: 70) };
        var stats = TrackStatisticsCalculator.Compute(SyntheticTracks.DeviceDistance(3600, i => 12.9 / 3.6 * i), running);
        stats.Calories!.Value.Source.ShouldBe(CaloriesSource.MetEstimate);
        stats.Calories.Value.Kilocalories.ShouldBe(826, 1e-6);

        // Hiking at a constant 6 MET, 80 kg, 2 h moving (a 30 min stop is left out).
        var hiking = new TrackStatisticsOptions { StoppedSpeedKmh = 0.5, Met = MetTable.Constant(6), Athlete = new AthleteProfile(WeightKg: 80) };
        var hike = TrackStatisticsCalculator.Compute(
            SyntheticTracks.DeviceDistance(9000, i => i <= 3600 ? i : i <= 5400 ? 3600 : i - 1800), hiking);
        hike.MovingSeconds.ShouldBe(7200);
        hike.Calories!.Value.Kilocalories.ShouldBe(960, 1e-6);

        TrackStatisticsCalculator.Compute(SyntheticTracks.DeviceDistance(60, i => i), new() { Met = MetTable.Walking })
            .Calories.ShouldBeNull(); // no body mass
    }

    [Fact]
    public void Met_tables_interpolate_between_compendium_speeds_and_clamp_outside()
    {
        MetTable.Running.MetAt(9.7).ShouldBe(9.8, 1e-12);
        MetTable.Running.MetAt((8.0 + 9.7) / 2).ShouldBe((8.3 + 9.8) / 2, 1e-12);
        MetTable.Running.MetAt(3).ShouldBe(6.0);
        MetTable.Running.MetAt(30).ShouldBe(23.0);
        MetTable.Cycling.MetAt(25).ShouldBeInRange(10.0, 12.0);
        MetTable.Constant(2.5).MetAt(12).ShouldBe(2.5);
    }
}
