using FitnessApp.Modules.Shop.Reviews;

namespace FitnessApp.Modules.Shop.Tests.Reviews;

public sealed class RatingSummaryTests
{
    [Fact]
    public void Given_no_reviews_When_summarising_Then_zero_count_zero_average_and_five_empty_buckets()
    {
        var summary = RatingSummary.From(new Dictionary<int, int>());

        summary.Count.ShouldBe(0);
        summary.Average.ShouldBe(0);
        summary.Distribution.Select(b => b.Stars).ShouldBe([5, 4, 3, 2, 1]);
        summary.Distribution.ShouldAllBe(b => b.Count == 0 && b.Percent == 0);
    }

    [Fact]
    public void Given_two_fives_and_a_four_When_summarising_Then_the_average_is_rounded_to_two_places()
    {
        var summary = RatingSummary.From(new Dictionary<int, int> { [5] = 2, [4] = 1 });

        summary.Count.ShouldBe(3);
        summary.Average.ShouldBe(4.67);
        summary.Distribution[0].ShouldBe(new RatingBucket(5, 2, 67));
        summary.Distribution[1].ShouldBe(new RatingBucket(4, 1, 33));
        summary.Distribution[4].ShouldBe(new RatingBucket(1, 0, 0));
    }

    [Theory]
    [InlineData(1, 1, 1, 1, 1, 3.0)]
    [InlineData(0, 0, 0, 0, 7, 5.0)]
    [InlineData(1, 0, 0, 0, 1, 3.0)]
    [InlineData(0, 0, 1, 0, 1, 4.0)]
    [InlineData(1, 0, 0, 7, 0, 3.63)]
    public void Given_counts_per_star_When_summarising_Then_the_mean_is_the_weighted_one(int ones, int twos, int threes, int fours, int fives, double average)
    {
        var summary = RatingSummary.From(new Dictionary<int, int> { [1] = ones, [2] = twos, [3] = threes, [4] = fours, [5] = fives });

        summary.Average.ShouldBe(average);
        summary.Count.ShouldBe(ones + twos + threes + fours + fives);
        summary.Distribution.Sum(b => b.Count).ShouldBe(summary.Count);
    }

    [Fact]
    public void Given_an_average_exactly_between_two_hundredths_When_rounding_Then_half_goes_away_from_zero()
    {
        // 8 reviews: one 1 and seven 4s, mean 29 / 8 = 3.625 → 3.63 (banker's rounding would give 3.62).
        var summary = RatingSummary.From(new Dictionary<int, int> { [1] = 1, [4] = 7 });

        summary.Average.ShouldBe(3.63);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Given_a_star_count_outside_one_to_five_When_summarising_Then_it_is_refused(int stars) =>
        Should.Throw<ArgumentOutOfRangeException>(() => RatingSummary.From(new Dictionary<int, int> { [stars] = 1 }));
}
