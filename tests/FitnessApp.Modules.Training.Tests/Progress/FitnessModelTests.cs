using FitnessApp.Modules.Training.Progress;

namespace FitnessApp.Modules.Training.Tests.Progress;

public sealed class FitnessModelTests
{
    private static readonly DateOnly Day0 = new(2026, 3, 2);

    [Fact]
    public void Given_loads_100_then_rest_then_50_When_computing_the_series_Then_the_hand_computed_ewma_values()
    {
        var loads = new Dictionary<DateOnly, double> { [Day0] = 100, [Day0.AddDays(2)] = 50 };

        var series = FitnessModel.Series(loads, Day0, Day0.AddDays(3));

        // k = 1 − e^(−1/τ): k42 = 0.0235283, k7 = 0.1331221; value(d) = value(d−1) + k × (load(d) − value(d−1)).
        series.Select(d => d.Load).ShouldBe([100, 0, 50, 0]);
        series.Select(d => d.Fitness).ShouldBe([2.352831, 2.297473, 3.419833, 3.339370], tolerance: 1e-6);
        series.Select(d => d.Fatigue).ShouldBe([13.312210, 11.540061, 16.659929, 14.442124], tolerance: 1e-6);
        series.Select(d => d.Form).ShouldBe([-10.959379, -9.242587, -13.240095, -11.102754], tolerance: 1e-6);
    }

    [Fact]
    public void Given_history_before_the_range_When_computing_Then_it_is_carried_into_the_first_day()
    {
        var loads = new Dictionary<DateOnly, double> { [Day0] = 100, [Day0.AddDays(2)] = 50 };

        var series = FitnessModel.Series(loads, Day0.AddDays(2), Day0.AddDays(3));

        series.Select(d => d.Date).ShouldBe([Day0.AddDays(2), Day0.AddDays(3)]);
        series[0].Fitness.ShouldBe(3.419833, 1e-6);
        series[1].Fatigue.ShouldBe(14.442124, 1e-6);
    }

    [Fact]
    public void Given_loads_after_the_range_When_computing_Then_they_do_not_count()
    {
        var loads = new Dictionary<DateOnly, double> { [Day0.AddDays(5)] = 100 };

        var series = FitnessModel.Series(loads, Day0, Day0.AddDays(4));

        series.Count.ShouldBe(5);
        series.ShouldAllBe(d => d.Fitness == 0 && d.Fatigue == 0 && d.Form == 0);
    }

    [Fact]
    public void Given_a_constant_daily_load_for_a_year_When_computing_Then_fitness_and_fatigue_converge_to_it_and_form_to_zero()
    {
        var loads = Enumerable.Range(0, 365).ToDictionary(i => Day0.AddDays(i), _ => 60.0);

        var last = FitnessModel.Series(loads, Day0.AddDays(364), Day0.AddDays(364)).Single();

        last.Fitness.ShouldBe(60, 0.02);
        last.Fatigue.ShouldBe(60, 1e-6);
        last.Form.ShouldBe(0, 0.02);
    }

    [Fact]
    public void Given_the_factors_Then_they_are_one_minus_e_to_the_minus_one_over_the_time_constant()
    {
        FitnessModel.FitnessFactor.ShouldBe(0.0235283, 1e-7);
        FitnessModel.FatigueFactor.ShouldBe(0.1331221, 1e-7);
    }
}
