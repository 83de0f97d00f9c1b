using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Levels;

namespace FitnessApp.Modules.Loyalty.Tests.Wallet;

public sealed class LevelStandingTests
{
    private static LevelTable Table(params int[] thresholds) =>
        new([.. thresholds.Select((t, i) => new LevelDefinition { Number = i + 1, MinimumPoints = t, NameEn = $"L{i + 1}", NameRu = $"У{i + 1}" })]);

    [Fact]
    public void Given_points_between_thresholds_When_the_standing_is_computed_Then_progress_is_the_share_of_the_gap()
    {
        var standing = LevelStanding.Of(Table(0, 250, 750), reachedLevel: 2, lifetimePoints: 500);

        standing.Current.Number.ShouldBe(2);
        standing.Next!.Number.ShouldBe(3);
        standing.Progress.ShouldBe(0.5);
    }

    [Fact]
    public void Given_raised_thresholds_When_the_standing_is_computed_Then_the_reached_level_is_kept_and_progress_is_zero()
    {
        var standing = LevelStanding.Of(Table(0, 1000, 3000), reachedLevel: 2, lifetimePoints: 300);

        standing.Current.Number.ShouldBe(2);
        standing.Progress.ShouldBe(0);
    }

    [Fact]
    public void Given_lowered_thresholds_When_the_standing_is_computed_Then_the_level_the_points_reach_counts()
    {
        var standing = LevelStanding.Of(Table(0, 100, 200), reachedLevel: 1, lifetimePoints: 250);

        standing.Current.Number.ShouldBe(3);
        standing.Next.ShouldBeNull();
        standing.Progress.ShouldBe(1);
    }

    [Fact]
    public void Given_a_reached_level_removed_from_the_table_When_the_standing_is_computed_Then_the_highest_remaining_level_is_shown()
    {
        var standing = LevelStanding.Of(Table(0, 100), reachedLevel: 5, lifetimePoints: 50);

        standing.Current.Number.ShouldBe(2);
    }
}
