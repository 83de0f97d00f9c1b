using FitnessApp.Modules.Training.Progress;

namespace FitnessApp.Modules.Training.Tests.Progress;

public sealed class RecommendationsTests
{
    private static RecommendationInput Input(double fitness, double form, double today = 0, params double[] lastDays) =>
        new(fitness, fitness - form, form, today, lastDays.Length == 0 ? [0, 0, 0, 0, 0, 0, 0] : lastDays);

    [Theory]
    [InlineData(0, 0, false, "Easy", "NoRecentTraining")]
    [InlineData(40, -35, true, "Rest", "VeryFatigued")]
    [InlineData(40, -30, true, "Easy", "Fatigued")]
    [InlineData(40, -10.01, true, "Easy", "Fatigued")]
    [InlineData(40, -10, true, "Moderate", "Balanced")]
    [InlineData(40, 4.99, true, "Moderate", "Balanced")]
    [InlineData(40, 5, true, "Hard", "Fresh")]
    [InlineData(40, 20, false, "Hard", "Fresh")]
    public void Given_a_form_When_deciding_Then_the_band_rule_applies(double fitness, double form, bool recent, string intensity, string reason) =>
        Recommendations.Decide(Input(fitness, form), recent).ShouldBe((Enum.Parse<RecommendedIntensity>(intensity), Enum.Parse<RecommendationReason>(reason)));

    [Fact]
    public void Given_a_hard_session_already_today_When_deciding_Then_rest_even_when_fresh() =>
        Recommendations.Decide(Input(40, 10, today: 60), true).ShouldBe((RecommendedIntensity.Rest, RecommendationReason.TrainedHardToday));

    [Fact]
    public void Given_a_light_session_today_When_deciding_Then_it_does_not_count_as_hard() =>
        Recommendations.Decide(Input(40, 10, today: 59), true).ShouldBe((RecommendedIntensity.Hard, RecommendationReason.Fresh));

    [Fact]
    public void Given_two_hard_days_in_a_row_of_a_trained_athlete_When_deciding_Then_easy()
    {
        var input = Input(80, -12, 0, 60, 70, 80, 90, 0, 130, 130);

        Recommendations.Decide(input, true).ShouldBe((RecommendedIntensity.Easy, RecommendationReason.ConsecutiveHardDays));
    }

    [Fact]
    public void Given_one_hard_day_then_an_easy_one_When_deciding_Then_the_form_decides()
    {
        var input = Input(80, -5, 0, 60, 70, 80, 90, 0, 130, 40);

        Recommendations.Decide(input, true).ShouldBe((RecommendedIntensity.Moderate, RecommendationReason.Balanced));
    }

    [Theory]
    [InlineData(49, 0, false)]
    [InlineData(50, 0, true)]
    [InlineData(100, 80, false)]
    [InlineData(120, 80, true)]
    public void Given_a_load_and_fitness_When_judging_a_hard_day_Then_it_needs_50_and_one_and_a_half_times_fitness(double load, double fitness, bool hard) =>
        Recommendations.IsHardDay(load, fitness).ShouldBe(hard);

    [Fact]
    public void Given_no_recent_load_but_remaining_fitness_When_deciding_Then_the_form_rule_applies() =>
        Recommendations.Decide(Input(10, 8), false).ShouldBe((RecommendedIntensity.Hard, RecommendationReason.Fresh));
}
