using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

public sealed class HeartRateAndLoadTests
{
    private static TrackSamples ConstantHeartRate(int seconds, double bpm) =>
        new(SyntheticTracks.Seconds(seconds)) { HeartRate = SyntheticTracks.Fill(seconds + 1, _ => bpm) };

    [Fact]
    public void Karvonen_zone_bounds_are_rest_plus_a_share_of_the_reserve()
    {
        HeartRateCalculator.BoundsByReserve(190, 50).ShouldBe([120, 134, 148, 162, 176], tolerance: 1e-9);
        HeartRateCalculator.BoundsByMax(190).ShouldBe([95, 114, 133, 152, 171], tolerance: 1e-9);
    }

    [Fact]
    public void Hrmax_falls_back_to_220_minus_age()
    {
        new AthleteProfile(Age: 40).EffectiveMaxHeartRate.ShouldBe(180);
        new AthleteProfile(MaxHeartRate: 195, Age: 40).EffectiveMaxHeartRate.ShouldBe(195);
        new AthleteProfile().EffectiveMaxHeartRate.ShouldBeNull();

        var stats = TrackStatisticsCalculator.Compute(ConstantHeartRate(60, 150), new() { Athlete = new AthleteProfile(Age: 40) });
        stats.ZonesByMaxHeartRate!.LowerBoundsBpm.ShouldBe([90, 108, 126, 144, 162], tolerance: 1e-9);
        stats.ZonesByMaxHeartRate.Seconds.ShouldBe([0, 0, 0, 60, 0]);
        stats.ZonesByHeartRateReserve.ShouldBeNull(); // no resting heart rate
    }

    [Fact]
    public void Time_in_zones_by_max_and_by_reserve()
    {
        // 10 minutes each at 100, 125, 140, 160 and 180 bpm, 1 Hz.
        double[] levels = [100, 125, 140, 160, 180];
        var track = new TrackSamples(SyntheticTracks.Seconds(3000))
        {
            HeartRate = SyntheticTracks.Fill(3001, i => i == 0 ? 100 : levels[(i - 1) / 600]),
        };
        var options = new TrackStatisticsOptions { Athlete = new AthleteProfile(MaxHeartRate: 190, RestingHeartRate: 50) };

        var stats = TrackStatisticsCalculator.Compute(track, options);

        // By HRmax 190 (95/114/133/152/171): 100 → Z1, 125 → Z2, 140 → Z3, 160 → Z4, 180 → Z5.
        stats.ZonesByMaxHeartRate!.Seconds.ShouldBe([600, 600, 600, 600, 600]);
        stats.ZonesByMaxHeartRate.BelowZone1Seconds.ShouldBe(0);
        // By reserve (120/134/148/162/176): 100 → below, 125 → Z1, 140 → Z2, 160 → Z3, 180 → Z5.
        stats.ZonesByHeartRateReserve!.Seconds.ShouldBe([600, 600, 600, 0, 600]);
        stats.ZonesByHeartRateReserve.BelowZone1Seconds.ShouldBe(600);
        stats.HeartRate!.Value.Average.ShouldBe(141, 1e-9);
        stats.HeartRate.Value.Max.ShouldBe(180);
    }

    [Fact]
    public void Heart_rate_average_is_time_weighted_and_ignores_missing_values()
    {
        // 1 Hz at 100 bpm for 100 s, then one sample every 5 s at 160 bpm for 100 s; drop-outs (NaN, 0) are ignored.
        var times = Enumerable.Range(0, 101).Select(i => (double)i).Concat(Enumerable.Range(1, 20).Select(k => 100 + (5.0 * k))).ToArray();
        var hr = times.Select(t => t <= 100 ? 100.0 : 160.0).ToArray();
        hr[50] = double.NaN;
        hr[60] = 0;

        var stats = TrackStatisticsCalculator.Compute(new TrackSamples(times) { HeartRate = hr }, new());

        stats.HeartRate!.Value.Average.ShouldBe(((98 * 100) + (100 * 160)) / 198.0, 1e-9);
    }

    [Fact]
    public void Trimp_of_a_constant_heart_rate_hour_matches_banisters_formula()
    {
        // HRmax 190, HRrest 50, HR 120 → HRr = 0.5; 60 min.
        var male = new TrackStatisticsOptions { Athlete = new AthleteProfile(190, 50, Sex: TrimpSex.Male) };
        var female = male with { Athlete = new AthleteProfile(190, 50, Sex: TrimpSex.Female) };
        var unknown = male with { Athlete = new AthleteProfile(190, 50) };

        var m = TrackStatisticsCalculator.Compute(ConstantHeartRate(3600, 120), male).TrainingLoad!.Value;
        var f = TrackStatisticsCalculator.Compute(ConstantHeartRate(3600, 120), female).TrainingLoad!.Value;
        var u = TrackStatisticsCalculator.Compute(ConstantHeartRate(3600, 120), unknown).TrainingLoad!.Value;

        m.Method.ShouldBe(TrainingLoadMethod.BanisterTrimp);
        m.RestingHeartRateAssumed.ShouldBeFalse();
        m.Value.ShouldBe(60 * 0.5 * 0.64 * Math.Exp(0.96), 1e-9); // 50.14
        m.Value.ShouldBe(50.145, 0.001);
        f.Value.ShouldBe(60 * 0.5 * 0.86 * Math.Exp(0.835), 1e-9); // 59.46
        f.Value.ShouldBe(59.464, 0.001);
        u.Value.ShouldBe((m.Value + f.Value) / 2, 1e-9);
    }

    [Fact]
    public void Trimp_assumes_a_resting_heart_rate_of_60_when_unknown_and_clamps_above_hrmax()
    {
        var options = new TrackStatisticsOptions { Athlete = new AthleteProfile(MaxHeartRate: 180, Sex: TrimpSex.Male) };

        var load = TrackStatisticsCalculator.Compute(ConstantHeartRate(600, 200), options).TrainingLoad!.Value;

        load.RestingHeartRateAssumed.ShouldBeTrue();
        load.Value.ShouldBe(10 * 1 * 0.64 * Math.Exp(1.92), 1e-9);
    }

    [Fact]
    public void Without_heart_rate_the_load_is_duration_times_perceived_effort()
    {
        var track = SyntheticTracks.DeviceDistance(2700, i => 3.0 * i);
        var options = new TrackStatisticsOptions { PerceivedEffort = 7, Athlete = new AthleteProfile(190, 50) };

        var load = TrackStatisticsCalculator.Compute(track, options).TrainingLoad!.Value;

        load.Method.ShouldBe(TrainingLoadMethod.SessionRpe);
        load.Value.ShouldBe(45 * 7, 1e-9);
        TrackStatisticsCalculator.Compute(track, new()).TrainingLoad.ShouldBeNull();
    }
}
