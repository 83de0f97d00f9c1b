using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

public sealed class SplitsAndBestEffortsTests
{
    private static readonly TrackStatisticsOptions Running = new() { StoppedSpeedKmh = 1.5 };

    [Fact]
    public void Kilometre_splits_of_a_constant_pace_run_with_the_last_partial_split()
    {
        // 10.5 km at 4 m/s: 2,625 s.
        var stats = TrackStatisticsCalculator.Compute(SyntheticTracks.Meridian(2625, i => 4.0 * i), Running);

        stats.KilometerSplits.Count.ShouldBe(11);
        for (var k = 0; k < 10; k++)
        {
            var split = stats.KilometerSplits[k];
            split.Number.ShouldBe(k + 1);
            split.DistanceMeters.ShouldBe(1000);
            split.Fraction.ShouldBe(1);
            split.ElapsedSeconds.ShouldBe(250, 1e-6);
            split.MovingSeconds.ShouldBe(250, 1e-6);
            split.PaceSecondsPerUnit.ShouldBe(250, 1e-6);
        }

        var last = stats.KilometerSplits[10];
        last.Number.ShouldBe(11);
        last.DistanceMeters.ShouldBe(500, 1e-6);
        last.Fraction.ShouldBe(0.5, 1e-9);
        last.ElapsedSeconds.ShouldBe(125, 1e-6);
        last.PaceSecondsPerUnit.ShouldBe(250, 1e-6);
    }

    [Fact]
    public void Mile_splits_interpolate_boundaries_between_samples()
    {
        var stats = TrackStatisticsCalculator.Compute(SyntheticTracks.DeviceDistance(2625, i => 4.0 * i), Running);

        stats.MileSplits.Count.ShouldBe(7);
        stats.MileSplits.Take(6).ShouldAllBe(s => Math.Abs(s.ElapsedSeconds - 402.336) < 1e-6 && s.Fraction == 1);
        var last = stats.MileSplits[6];
        last.DistanceMeters.ShouldBe(10_500 - (6 * 1_609.344), 1e-6); // 843.936 m
        last.Fraction.ShouldBe(843.936 / 1_609.344, 1e-9);
        last.ElapsedSeconds.ShouldBe(843.936 / 4, 1e-6);
        last.PaceSecondsPerUnit.ShouldBe(402.336, 1e-6);
    }

    [Fact]
    public void A_split_with_a_stop_has_more_elapsed_than_moving_time_and_its_pace_uses_moving_time()
    {
        // 1 km at 4 m/s (250 s), a 60 s stop, 1 km at 4 m/s.
        var stats = TrackStatisticsCalculator.Compute(
            SyntheticTracks.DeviceDistance(560, i => i <= 125 ? 4.0 * i : i <= 185 ? 500 : 4.0 * (i - 60)), Running);

        stats.KilometerSplits.Count.ShouldBe(2);
        stats.KilometerSplits[0].ElapsedSeconds.ShouldBe(310, 1e-6);
        stats.KilometerSplits[0].MovingSeconds.ShouldBe(250, 1e-6);
        stats.KilometerSplits[0].PaceSecondsPerUnit.ShouldBe(250, 1e-6);
        stats.KilometerSplits[1].ElapsedSeconds.ShouldBe(250, 1e-6);
    }

    [Fact]
    public void Splits_carry_their_time_weighted_average_heart_rate()
    {
        // 4 m/s: km 1 = 0-250 s at 120 bpm, km 2 = 250-500 s at 160 bpm, the last 200 m = 500-550 s at 140 bpm;
        // one sample per 2 s in the second kilometre does not change its average.
        var track = SyntheticTracks.DeviceDistance(550, i => 4.0 * i);
        var withHr = new TrackSamples(track.Seconds)
        {
            Distance = track.Distance,
            HeartRate = SyntheticTracks.Fill(551, i => i <= 250 ? 120 : i <= 500 ? (i % 2 == 0 ? 160 : double.NaN) : 140),
        };

        var stats = TrackStatisticsCalculator.Compute(withHr, new());

        stats.KilometerSplits.Select(s => s.AverageHeartRate!.Value).ShouldBe([120, 160, 140], tolerance: 1e-9);
        stats.MileSplits[0].AverageHeartRate!.Value.ShouldBe(((250 * 120) + (152.336 / 2 * 160)) / (250 + (152.336 / 2)), 0.5);
        TrackStatisticsCalculator.Compute(track, new()).KilometerSplits[0].AverageHeartRate.ShouldBeNull();
    }

    [Fact]
    public void An_exact_whole_number_of_kilometres_has_no_partial_split()
    {
        var stats = TrackStatisticsCalculator.Compute(SyntheticTracks.Meridian(1000, i => 3.0 * i), Running);

        stats.KilometerSplits.Count.ShouldBe(3);
        stats.KilometerSplits.ShouldAllBe(s => s.Fraction == 1);
    }

    [Fact]
    public void Best_efforts_of_a_constant_pace_run_are_distance_over_speed_and_longer_ones_are_absent()
    {
        var stats = TrackStatisticsCalculator.Compute(SyntheticTracks.DeviceDistance(2625, i => 4.0 * i), Running);

        stats.BestEfforts.Select(e => e.Name).ShouldBe(["400m", "1k", "1mile", "5k", "10k"]);
        foreach (var effort in stats.BestEfforts)
        {
            effort.ElapsedSeconds.ShouldBe(effort.DistanceMeters / 4, 1e-6);
            (effort.EndSeconds - effort.StartSeconds).ShouldBe(effort.ElapsedSeconds, 1e-9);
        }
    }

    [Fact]
    public void Best_efforts_find_the_fastest_window_wherever_it_lies()
    {
        // 3 km at 3 m/s (1,000 s), 2 km at 5 m/s (400 s), 3 km at 3 m/s.
        var stats = TrackStatisticsCalculator.Compute(
            SyntheticTracks.DeviceDistance(2400, i => i <= 1000 ? 3.0 * i : i <= 1400 ? 3000 + (5.0 * (i - 1000)) : 5000 + (3.0 * (i - 1400))),
            Running);

        var byName = stats.BestEfforts.ToDictionary(e => e.Name);
        byName["400m"].ElapsedSeconds.ShouldBe(80, 1e-6);
        byName["1k"].ElapsedSeconds.ShouldBe(200, 1e-6);
        byName["1k"].StartSeconds.ShouldBeInRange(1000 - 1e-6, 1200 + 1e-6);
        byName["1mile"].ElapsedSeconds.ShouldBe(1_609.344 / 5, 1e-6);
        byName["5k"].ElapsedSeconds.ShouldBe(400 + (3000 / 3.0), 1e-6); // 2 km fast + 3 km slow
        stats.BestEfforts.ShouldNotContain(e => e.Name == "10k");
    }

    [Fact]
    public void Best_effort_windows_may_start_and_end_between_samples()
    {
        // Sparse samples every 10 s: 0-100 m at 1 m/s, then 100 m in 10 s, then 1 m/s again.
        double[] times = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130];
        var distance = times.Select(t => t <= 100 ? t : t <= 110 ? 100 + (10 * (t - 100)) : 200 + (t - 110)).ToArray();
        var options = Running with { BestEffortDistances = [("150m", 150)] };

        var stats = TrackStatisticsCalculator.Compute(new TrackSamples(times) { Distance = distance }, options);

        // Best: 100 m fast in 10 s plus 50 m at 1 m/s = 60 s.
        stats.BestEfforts.Single().ElapsedSeconds.ShouldBe(60, 1e-9);
    }

    [Fact]
    public void A_marathon_best_effort_and_half_marathon_come_from_a_long_run()
    {
        // 45 km at 3.5 m/s.
        var stats = TrackStatisticsCalculator.Compute(SyntheticTracks.DeviceDistance(12_858, i => 3.5 * i), Running);

        stats.BestEfforts.Single(e => e.Name == "half-marathon").ElapsedSeconds.ShouldBe(21_097.5 / 3.5, 1e-6);
        stats.BestEfforts.Single(e => e.Name == "marathon").ElapsedSeconds.ShouldBe(42_195 / 3.5, 1e-6);
    }
}
