using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

public sealed class FullTrackTests
{
    [Fact]
    public void A_three_hour_1_hz_ride_with_every_channel_gets_every_statistic()
    {
        // 3 h at 1 Hz, 8 m/s north along the meridian, HR 150, cadence 90, power 200 W, a 300 m sine of altitude,
        // with a 10 min device pause in the middle (no distance covered during it).
        const int seconds = 10_800;
        var track = SyntheticTracks.Meridian(seconds, i => 8.0 * (i <= 5_400 ? i : i <= 6_000 ? 5_400 : i - 600));
        var full = new TrackSamples(track.Seconds)
        {
            Latitude = track.Latitude,
            Longitude = track.Longitude,
            Altitude = SyntheticTracks.Fill(seconds + 1, i => 500 + (150 * Math.Sin(2 * Math.PI * i / 3_600.0))),
            HeartRate = SyntheticTracks.Fill(seconds + 1, _ => 150),
            Cadence = SyntheticTracks.Fill(seconds + 1, _ => 90),
            Power = SyntheticTracks.Fill(seconds + 1, _ => 200),
            Temperature = SyntheticTracks.Fill(seconds + 1, _ => 21),
        };
        var options = new TrackStatisticsOptions
        {
            StoppedSpeedKmh = 4,
            Pauses = [new PauseInterval(5_400, 6_000)],
            Athlete = new AthleteProfile(190, 50, Sex: TrimpSex.Male, WeightKg: 75),
            Met = MetTable.Cycling,
        };

        var stats = TrackStatisticsCalculator.Compute(full, options);

        stats.SampleCount.ShouldBe(seconds + 1);
        stats.DistanceMeters.ShouldBe(8.0 * 10_200, 1e-3);
        stats.ElapsedSeconds.ShouldBe(10_800);
        stats.MovingSeconds.ShouldBe(10_200);
        stats.AverageSpeed!.Value.ShouldBe(8, 1e-6);
        stats.ElevationGainMeters!.Value.ShouldBe(3 * 300, 1); // 3 full periods of a ±150 m sine
        stats.ElevationLossMeters!.Value.ShouldBe(3 * 300, 1);
        stats.HeartRate!.Value.Average.ShouldBe(150, 1e-9);
        stats.ZonesByHeartRateReserve!.Seconds.Sum().ShouldBe(10_200, 1e-6); // paused seconds are in no zone
        stats.Cadence!.Value.Average.ShouldBe(90, 1e-9);
        stats.Power!.Value.Average.ShouldBe(200, 1e-9);
        stats.NormalizedPowerWatts!.Value.ShouldBe(200, 1e-9);
        stats.Temperature!.Value.Average.ShouldBe(21, 1e-9);
        stats.KilometerSplits.Count.ShouldBe(82); // 81.6 km
        stats.KilometerSplits[^1].Fraction.ShouldBe(0.6, 1e-6);
        stats.MileSplits.Count.ShouldBe(51); // 50.7 miles
        stats.BestEfforts.Count.ShouldBe(7);
        stats.BestEfforts.Single(e => e.Name == "marathon").ElapsedSeconds.ShouldBe(42_195 / 8.0, 1e-6);
        stats.Calories!.Value.Kilocalories.ShouldBe(12.57 * 75 * (10_200 / 3600.0), 1e-6); // 28.8 km/h: 12.0 + 0.6/4 × 3.8 MET
        stats.TrainingLoad!.Value.Method.ShouldBe(TrainingLoadMethod.BanisterTrimp);
        stats.TrainingLoad.Value.Value.ShouldBe(170 * (100.0 / 140) * 0.64 * Math.Exp(1.92 * 100 / 140), 1e-6);
    }

    [Fact]
    public void The_calculator_reports_what_cleaning_did()
    {
        var track = new TrackSamples([0, 2, 1, 2, double.NaN, 3]) { HeartRate = [100, 110, 105, 120, 200, 130] };

        var stats = TrackStatisticsCalculator.Compute(track, new());

        stats.Cleaning.ShouldBe(new TrackCleaningReport(6, 1, true, 1, 0));
        stats.SampleCount.ShouldBe(4);
        stats.HeartRate!.Value.Max.ShouldBe(130);
        stats.HeartRate.Value.Average.ShouldBe((105 + 120 + 130) / 3.0, 1e-9);
    }
}
