using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

public sealed class CleaningAndDistanceTests
{
    private static readonly TrackStatisticsOptions Running = new() { StoppedSpeedKmh = 1.5 };

    [Fact]
    public void A_straight_track_along_a_meridian_measures_its_true_length()
    {
        var stats = TrackStatisticsCalculator.Compute(SyntheticTracks.Meridian(1000, i => 4.0 * i), Running);

        stats.DistanceSource.ShouldBe(DistanceSource.Positions);
        stats.DistanceMeters.ShouldBe(4000, 1e-6);
        stats.ElapsedSeconds.ShouldBe(1000);
        stats.MovingSeconds.ShouldBe(1000);
        stats.AverageSpeed!.Value.ShouldBe(4, 1e-9);
        stats.MaxSpeed!.Value.ShouldBe(4, 1e-6);
        stats.AveragePaceSecondsPerKm!.Value.ShouldBe(250, 1e-6);
    }

    [Fact]
    public void Samples_out_of_time_order_are_sorted()
    {
        var ordered = SyntheticTracks.Meridian(100, i => 3.0 * i);
        var rng = new Random(7);
        var permutation = Enumerable.Range(0, ordered.Count).OrderBy(_ => rng.Next()).ToArray();
        var shuffled = new TrackSamples(permutation.Select(i => ordered.Seconds[i]).ToArray())
        {
            Latitude = permutation.Select(i => ordered.Latitude![i]).ToArray(),
            Longitude = permutation.Select(i => ordered.Longitude![i]).ToArray(),
        };

        var stats = TrackStatisticsCalculator.Compute(shuffled, Running);

        stats.Cleaning.WasReordered.ShouldBeTrue();
        stats.DistanceMeters.ShouldBe(300, 1e-6);
        stats.ElapsedSeconds.ShouldBe(100);
    }

    [Fact]
    public void Duplicated_timestamps_are_merged_keeping_the_last_sample_and_filling_its_gaps()
    {
        var track = new TrackSamples([0, 1, 1, 2, 2])
        {
            HeartRate = [100, 110, 150, 120, double.NaN],
            Power = [200, 999, 210, 220, double.NaN],
        };

        var (clean, dropped, reordered, merged) = TrackCleaner.Clean(track);

        merged.ShouldBe(2);
        dropped.ShouldBe(0);
        reordered.ShouldBeFalse();
        clean.Seconds.ShouldBe([0, 1, 2]);
        clean.HeartRate.ShouldBe([100, 150, 120]); // last wins; at t = 2 the last has no HR: the earlier one fills in
        clean.Power.ShouldBe([200, 210, 220]);
    }

    [Fact]
    public void Samples_without_a_time_are_dropped()
    {
        var track = new TrackSamples([0, double.NaN, 2, 1]) { HeartRate = [100, 180, 120, 110] };

        var (clean, dropped, reordered, _) = TrackCleaner.Clean(track);

        dropped.ShouldBe(1);
        reordered.ShouldBeTrue();
        clean.Seconds.ShouldBe([0, 1, 2]);
        clean.HeartRate.ShouldBe([100, 110, 120]);
    }

    [Fact]
    public void A_single_gps_jump_is_dropped_from_the_distance()
    {
        var track = SyntheticTracks.Meridian(600, i => 5.0 * i);
        track.Latitude![300] += 0.1; // 11 km away for one second

        var stats = TrackStatisticsCalculator.Compute(track, Running);

        stats.Cleaning.RejectedGpsJumps.ShouldBe(1);
        stats.DistanceMeters.ShouldBe(3000, 1e-6);
    }

    [Fact]
    public void A_lasting_relocation_restarts_the_track_there_without_counting_the_jump()
    {
        // 100 s at 5 m/s, then the position teleports 50 km east and carries on at 5 m/s.
        var track = SyntheticTracks.Meridian(200, i => 5.0 * i);
        for (var i = 101; i <= 200; i++)
        {
            track.Longitude![i] = 0.5;
        }

        var stats = TrackStatisticsCalculator.Compute(track, Running);

        stats.Cleaning.RejectedGpsJumps.ShouldBe(3);
        // 100 s before, and after the rebase at sample 103: 97 s; the three rejected seconds add nothing.
        stats.DistanceMeters.ShouldBe(500 + (97 * 5), 1e-6);
    }

    [Fact]
    public void The_device_distance_wins_over_positions()
    {
        var track = SyntheticTracks.Meridian(100, i => 5.0 * i);
        var withDevice = new TrackSamples(track.Seconds)
        {
            Latitude = track.Latitude,
            Longitude = track.Longitude,
            Distance = SyntheticTracks.Fill(101, i => i == 50 ? double.NaN : 4.0 * i),
        };

        var stats = TrackStatisticsCalculator.Compute(withDevice, Running);

        stats.DistanceSource.ShouldBe(DistanceSource.Device);
        stats.DistanceMeters.ShouldBe(400, 1e-9);
    }

    [Fact]
    public void A_device_distance_step_faster_than_100_m_per_s_is_dropped()
    {
        var stats = TrackStatisticsCalculator.Compute(
            SyntheticTracks.DeviceDistance(100, i => (4.0 * i) + (i >= 60 ? 5_000 : 0)), Running);

        stats.Cleaning.RejectedGpsJumps.ShouldBe(1);
        stats.DistanceMeters.ShouldBe(396, 1e-9); // the 4 m of the jump second go with it
    }

    [Fact]
    public void Without_positions_or_device_distance_the_speed_is_integrated()
    {
        var track = new TrackSamples(SyntheticTracks.Seconds(600)) { Speed = SyntheticTracks.Fill(601, _ => 3.0) };

        var stats = TrackStatisticsCalculator.Compute(track, Running);

        stats.DistanceSource.ShouldBe(DistanceSource.SpeedIntegration);
        stats.DistanceMeters.ShouldBe(1800, 1e-9);
        stats.MaxSpeed.ShouldBe(3);
    }

    [Fact]
    public void Missing_positions_inside_the_track_are_bridged()
    {
        var track = SyntheticTracks.Meridian(100, i => 2.0 * i);
        for (var i = 40; i < 50; i++)
        {
            track.Latitude![i] = double.NaN;
            track.Longitude![i] = double.NaN;
        }

        var stats = TrackStatisticsCalculator.Compute(track, Running);

        stats.DistanceMeters.ShouldBe(200, 1e-6);
    }

    [Fact]
    public void An_empty_or_single_sample_track_has_zero_statistics()
    {
        var empty = TrackStatisticsCalculator.Compute(new TrackSamples([]), Running);
        empty.DistanceMeters.ShouldBe(0);
        empty.ElapsedSeconds.ShouldBe(0);
        empty.KilometerSplits.ShouldBeEmpty();

        var single = TrackStatisticsCalculator.Compute(new TrackSamples([5]) { HeartRate = [120] }, Running);
        single.ElapsedSeconds.ShouldBe(0);
        single.HeartRate!.Value.Average.ShouldBe(120);
    }

    [Fact]
    public void Channels_of_the_wrong_length_are_refused()
    {
        Should.Throw<ArgumentException>(() =>
            TrackStatisticsCalculator.Compute(new TrackSamples([0, 1]) { HeartRate = [1] }, Running));
    }
}
