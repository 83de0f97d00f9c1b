using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Progress;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Progress;

public sealed class TrainingLoadsTests
{
    [Fact]
    public void Given_an_hour_at_half_the_reserve_for_a_man_When_computing_trimp_Then_60_x_0_5_x_0_64_e_to_0_96() =>
        TrainingLoads.Trimp(60, 0.5, TrimpSex.Male).ShouldBe(50.144572, 1e-5);

    [Fact]
    public void Given_average_heart_rate_and_a_known_max_When_estimating_Then_banister_trimp_of_the_average()
    {
        var load = TrainingLoads.Estimate(Sport.Running, 3600, 120, 9, new AthleteProfile(190, 50, Sex: TrimpSex.Male));

        load.Method.ShouldBe(TrainingLoadMethod.BanisterTrimp);
        load.Value.ShouldBe(50.144572, 1e-5);
        load.RestingHeartRateAssumed.ShouldBeFalse();
    }

    [Fact]
    public void Given_average_heart_rate_and_only_an_age_When_estimating_Then_220_minus_age_and_a_resting_60_are_used()
    {
        // HRmax 180, HRrest 60 (assumed): 120 bpm is half the reserve.
        var load = TrainingLoads.Estimate(Sport.Running, 3600, 120, null, new AthleteProfile(Age: 40, Sex: TrimpSex.Male));

        load.Method.ShouldBe(TrainingLoadMethod.BanisterTrimp);
        load.Value.ShouldBe(50.144572, 1e-5);
        load.RestingHeartRateAssumed.ShouldBeTrue();
    }

    [Fact]
    public void Given_heart_rate_without_max_or_age_and_an_effort_When_estimating_Then_session_rpe_at_its_reserve_fraction()
    {
        var load = TrainingLoads.Estimate(Sport.Running, 1800, 150, 5, new AthleteProfile());

        // RPE 5 → x = 0.15 + 0.085 × 5 = 0.575; sex unknown: the mean of both weightings; 30 minutes.
        load.Method.ShouldBe(TrainingLoadMethod.SessionRpe);
        load.Value.ShouldBe(36.026564, 1e-5);
    }

    [Theory]
    [InlineData(1, 0.235)]
    [InlineData(5, 0.575)]
    [InlineData(10, 1.0)]
    public void Given_an_effort_When_mapping_it_Then_a_fraction_of_the_reserve(int effort, double fraction) =>
        TrainingLoads.ReserveFractionOfEffort(effort).ShouldBe(fraction, 1e-9);

    [Fact]
    public void Given_neither_heart_rate_nor_effort_When_estimating_Then_the_sports_default_intensity()
    {
        var walk = TrainingLoads.Estimate(Sport.Walking, 3600, null, null, new AthleteProfile(Sex: TrimpSex.Female));
        var run = TrainingLoads.Estimate(Sport.Running, 3600, null, null, new AthleteProfile(Sex: TrimpSex.Female));

        walk.Method.ShouldBe(TrainingLoadMethod.SportDefault);
        walk.Value.ShouldBe(60 * 0.35 * 0.86 * Math.Exp(1.67 * 0.35), 1e-9);
        run.Value.ShouldBeGreaterThan(walk.Value);
    }

    [Fact]
    public void Given_an_average_heart_rate_below_rest_When_estimating_Then_the_load_is_zero_not_negative() =>
        TrainingLoads.Estimate(Sport.Yoga, 3600, 50, null, new AthleteProfile(190, 60)).Value.ShouldBe(0);

    [Fact]
    public void Given_a_track_style_hour_at_constant_heart_rate_When_comparing_with_the_engine_Then_the_same_trimp()
    {
        var seconds = SyntheticSeconds(3600);
        var track = new TrackSamples(seconds) { HeartRate = seconds.Select(_ => 120.0).ToArray() };
        var statistics = TrackStatisticsCalculator.Compute(track, new TrackStatisticsOptions { Athlete = new AthleteProfile(190, 50, Sex: TrimpSex.Male) });

        statistics.TrainingLoad!.Value.Value.ShouldBe(TrainingLoads.Estimate(Sport.Yoga, 3600, 120, null, new AthleteProfile(190, 50, Sex: TrimpSex.Male)).Value, 0.1);
    }

    private static double[] SyntheticSeconds(int n) => Enumerable.Range(0, n + 1).Select(i => (double)i).ToArray();
}
