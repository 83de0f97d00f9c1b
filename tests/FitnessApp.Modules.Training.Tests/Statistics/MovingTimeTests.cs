using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

public sealed class MovingTimeTests
{
    private static readonly TrackStatisticsOptions Running = new() { StoppedSpeedKmh = 1.5 };

    [Fact]
    public void A_stop_below_the_sports_threshold_is_not_moving_time()
    {
        // 0-300 s at 3 m/s, standing still 300-360 s, 360-660 s at 3 m/s.
        var track = SyntheticTracks.Meridian(660, i => 3.0 * (i <= 300 ? i : i <= 360 ? 300 : i - 60));

        var stats = TrackStatisticsCalculator.Compute(track, Running);

        stats.ElapsedSeconds.ShouldBe(660);
        stats.MovingSeconds.ShouldBe(600);
        stats.DistanceMeters.ShouldBe(1800, 1e-6);
        stats.AverageSpeed!.Value.ShouldBe(3, 1e-9);
    }

    [Fact]
    public void Walking_pace_is_moving_for_hiking_but_stopped_for_cycling()
    {
        var track = SyntheticTracks.DeviceDistance(100, i => 1.0 * i); // 3.6 km/h

        TrackStatisticsCalculator.Compute(track, new() { StoppedSpeedKmh = 0.5 }).MovingSeconds.ShouldBe(100);
        TrackStatisticsCalculator.Compute(track, new() { StoppedSpeedKmh = 4 }).MovingSeconds.ShouldBe(0);
    }

    [Fact]
    public void Device_pauses_are_excluded_from_moving_time_but_not_from_elapsed_time()
    {
        var track = SyntheticTracks.DeviceDistance(1000, i => 3.0 * i);
        var options = Running with { Pauses = [new PauseInterval(100, 150.5), new PauseInterval(140, 200), new PauseInterval(900, 910)] };

        var stats = TrackStatisticsCalculator.Compute(track, options);

        stats.ElapsedSeconds.ShouldBe(1000);
        stats.MovingSeconds.ShouldBe(1000 - 100 - 10, 1e-9);
    }

    [Fact]
    public void A_recording_gap_counts_as_moving_only_if_ground_was_covered_at_moving_speed()
    {
        // Samples every second, except a 60 s gap while running (300 → 360) and a 60 s gap standing (600 → 660).
        var times = Enumerable.Range(0, 901).Where(i => i is <= 300 or >= 360).Where(i => i is <= 600 or >= 660)
            .Select(i => (double)i).ToArray();
        var distance = times.Select(t => 3.0 * (t <= 600 ? t : t < 660 ? 600 : t - 60)).ToArray();
        var speed = times.Select(t => t is > 600 and <= 660 ? 0.0 : 3.0).ToArray();
        speed[Array.IndexOf(times, 660.0)] = 3.0; // the first sample after the standing gap is already running
        var track = new TrackSamples(times) { Distance = distance, Speed = speed };

        var stats = TrackStatisticsCalculator.Compute(track, Running);

        stats.MovingSeconds.ShouldBe(900 - 60, 1e-9);
    }

    [Fact]
    public void Without_speed_or_distance_every_unpaused_interval_up_to_the_maximum_gap_is_moving()
    {
        double[] times = [0, 1, 2, 3, 60, 61, 62];
        var track = new TrackSamples(times) { HeartRate = SyntheticTracks.Fill(7, _ => 100) };

        var stats = TrackStatisticsCalculator.Compute(track, Running with { Pauses = [new PauseInterval(61, 62)] });

        stats.DistanceSource.ShouldBe(DistanceSource.None);
        stats.ElapsedSeconds.ShouldBe(62);
        stats.MovingSeconds.ShouldBe(4);
        stats.AverageSpeed.ShouldBeNull();
        stats.KilometerSplits.ShouldBeEmpty();
        stats.BestEfforts.ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_speed_channel_the_maximum_speed_is_taken_over_at_least_five_seconds()
    {
        // 2 m/s except 10 s at 6 m/s.
        var track = SyntheticTracks.DeviceDistance(200, i => i <= 100 ? 2.0 * i : i <= 110 ? 200 + (6.0 * (i - 100)) : 260 + (2.0 * (i - 110)));

        var stats = TrackStatisticsCalculator.Compute(track, Running);

        stats.MaxSpeed!.Value.ShouldBe(6, 1e-9);
    }
}
