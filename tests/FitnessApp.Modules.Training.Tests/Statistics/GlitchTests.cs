using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

public sealed class GlitchTests
{
    [Fact]
    public void Heart_rate_glitches_above_250_bpm_are_ignored_everywhere()
    {
        var hr = SyntheticTracks.Fill(601, i => i % 100 == 50 ? 255 : 120);
        var track = new TrackSamples(SyntheticTracks.Seconds(600)) { HeartRate = hr };
        var options = new TrackStatisticsOptions { Athlete = new AthleteProfile(190, 50, Sex: TrimpSex.Male) };

        var stats = TrackStatisticsCalculator.Compute(track, options);

        stats.HeartRate!.Value.Max.ShouldBe(120);
        stats.HeartRate.Value.Average.ShouldBe(120, 1e-9);
        stats.ZonesByMaxHeartRate!.Seconds.Sum().ShouldBe(600 - 6);
        stats.TrainingLoad!.Value.Value.ShouldBe((594 / 60.0) * 0.5 * 0.64 * Math.Exp(0.96), 1e-9);
    }

    [Fact]
    public void A_device_speed_spike_sets_no_maximum_speed_and_no_moving_time()
    {
        var speed = SyntheticTracks.Fill(601, i => i == 300 ? 1_000 : 3);
        var track = new TrackSamples(SyntheticTracks.Seconds(600))
        {
            Speed = speed,
            Distance = SyntheticTracks.Fill(601, i => 3.0 * i),
        };

        var stats = TrackStatisticsCalculator.Compute(track, new() { StoppedSpeedKmh = 1.5 });

        stats.MaxSpeed.ShouldBe(3);
        stats.MovingSeconds.ShouldBe(600);
        stats.DistanceMeters.ShouldBe(1_800, 1e-9);
    }

    [Fact]
    public void A_speed_spike_is_not_integrated_into_the_distance()
    {
        var track = new TrackSamples(SyntheticTracks.Seconds(100)) { Speed = SyntheticTracks.Fill(101, i => i == 50 ? 500 : 2) };

        var stats = TrackStatisticsCalculator.Compute(track, new());

        stats.DistanceMeters.ShouldBe(2.0 * 98, 1e-9); // the two seconds around the spike are not integrated
    }
}
