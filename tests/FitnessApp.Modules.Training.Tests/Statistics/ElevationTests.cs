using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

public sealed class ElevationTests
{
    private static TrackStatistics Compute(double[] altitude, TrackStatisticsOptions? options = null)
    {
        var track = new TrackSamples(SyntheticTracks.Seconds(altitude.Length - 1)) { Altitude = altitude };
        return TrackStatisticsCalculator.Compute(track, options ?? new TrackStatisticsOptions());
    }

    [Fact]
    public void A_steady_climb_counts_in_full()
    {
        var stats = Compute(SyntheticTracks.Fill(1001, i => 200 + (0.1 * i)));

        stats.ElevationGainMeters!.Value.ShouldBe(100, 1e-6);
        stats.ElevationLossMeters!.Value.ShouldBe(0);
        stats.MinAltitudeMeters.ShouldBe(200);
        stats.MaxAltitudeMeters!.Value.ShouldBe(300, 1e-9);
    }

    [Fact]
    public void A_noisy_sine_profile_gains_its_true_swings_while_the_raw_sum_is_far_higher()
    {
        // 6 periods of a ±50 m sine (600 s each) with uniform ±1.5 m noise at 1 Hz: true gain = loss = 6 × 100 m.
        var rng = new Random(42);
        var altitude = SyntheticTracks.Fill(3601, i => 500 + (50 * Math.Sin(2 * Math.PI * i / 600.0)) + ((rng.NextDouble() * 3) - 1.5));

        var stats = Compute(altitude);
        var rawGain = 0.0;
        for (var i = 1; i < altitude.Length; i++)
        {
            rawGain += Math.Max(0, altitude[i] - altitude[i - 1]);
        }

        // Gain: 50 m up to the first crest, 5 trough-to-crest swings of 100 m, 50 m from the last trough to the end.
        stats.ElevationGainMeters!.Value.ShouldBe(600, 600 * 0.02);
        stats.ElevationLossMeters!.Value.ShouldBe(600, 600 * 0.02);
        rawGain.ShouldBeGreaterThan(1500); // the noise alone adds about 1 m per sample pair
    }

    [Fact]
    public void Noise_below_the_threshold_on_flat_ground_adds_nothing()
    {
        var rng = new Random(1);
        var stats = Compute(SyntheticTracks.Fill(3601, _ => 100 + (rng.NextDouble() * 4) - 2));

        stats.ElevationGainMeters!.Value.ShouldBe(0);
        stats.ElevationLossMeters!.Value.ShouldBe(0);
    }

    [Fact]
    public void Without_smoothing_and_threshold_the_method_is_the_raw_sum_of_differences()
    {
        double[] altitude = [10, 12, 11, 15, 15, 9, 10, 8];
        var stats = Compute(altitude, new TrackStatisticsOptions { ElevationSmoothingSeconds = 0, ElevationThresholdMeters = 0 });

        stats.ElevationGainMeters!.Value.ShouldBe(2 + 4 + 1, 1e-12);
        stats.ElevationLossMeters!.Value.ShouldBe(1 + 6 + 2, 1e-12);
    }

    [Fact]
    public void Hysteresis_ignores_a_small_dip_inside_a_climb_but_counts_a_large_one()
    {
        var options = new TrackStatisticsOptions { ElevationSmoothingSeconds = 0, ElevationThresholdMeters = 3 };

        // Climb 10, dip 2 (under the threshold), climb 10: one climb from 0 to 18 m.
        Compute([0, 5, 10, 8, 13, 18], options).ElevationGainMeters!.Value.ShouldBe(18, 1e-12);
        Compute([0, 5, 10, 8, 13, 18], options).ElevationLossMeters!.Value.ShouldBe(0, 1e-12);

        // Climb 10, dip 5, climb 10: gain 20, loss 5.
        var stats = Compute([0, 5, 10, 5, 10, 15], options);
        stats.ElevationGainMeters!.Value.ShouldBe(20, 1e-12);
        stats.ElevationLossMeters!.Value.ShouldBe(5, 1e-12);
    }

    [Fact]
    public void Missing_altitudes_are_skipped()
    {
        var altitude = SyntheticTracks.Fill(1001, i => i % 7 == 3 ? double.NaN : 0.05 * i);

        var stats = Compute(altitude);

        stats.ElevationGainMeters!.Value.ShouldBe(50, 0.01);
    }

    [Fact]
    public void No_altitude_or_a_sport_without_elevation_reports_none()
    {
        var track = new TrackSamples(SyntheticTracks.Seconds(10)) { Altitude = SyntheticTracks.Fill(11, _ => double.NaN) };
        TrackStatisticsCalculator.Compute(track, new()).ElevationGainMeters.ShouldBeNull();

        var climbing = new TrackSamples(SyntheticTracks.Seconds(100)) { Altitude = SyntheticTracks.Fill(101, i => i) };
        var pool = TrackStatisticsCalculator.Compute(climbing, new() { ElevationApplies = false });
        pool.ElevationGainMeters.ShouldBeNull();
        pool.ElevationLossMeters.ShouldBeNull();
        pool.MaxAltitudeMeters.ShouldBe(100);
    }
}
