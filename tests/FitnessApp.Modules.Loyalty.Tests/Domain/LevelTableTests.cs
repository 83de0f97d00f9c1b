using FitnessApp.Modules.Loyalty.Domain;

namespace FitnessApp.Modules.Loyalty.Tests.Domain;

public sealed class LevelTableTests
{
    private static readonly LevelTable Table = new(
    [
        new LevelDefinition { Number = 3, MinimumPoints = 750, NameEn = "Regular", NameRu = "Завсегдатай" },
        new LevelDefinition { Number = 1, MinimumPoints = 0, NameEn = "Rookie", NameRu = "Новичок" },
        new LevelDefinition { Number = 2, MinimumPoints = 250, NameEn = "Mover", NameRu = "В движении" },
    ]);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(249, 1)]
    [InlineData(250, 2)]
    [InlineData(749, 2)]
    [InlineData(750, 3)]
    [InlineData(1_000_000, 3)]
    public void Given_thresholds_When_looking_up_lifetime_points_Then_the_highest_reached_level_is_found(int points, int level) =>
        Table.LevelFor(points)!.Number.ShouldBe(level);

    [Fact]
    public void Given_a_level_When_asking_for_the_next_Then_the_next_threshold_or_none_at_the_top()
    {
        Table.After(1)!.MinimumPoints.ShouldBe(250);
        Table.After(3).ShouldBeNull();
    }

    [Theory]
    [InlineData("Activity", true)]
    [InlineData("Reversal", true)]
    [InlineData("Redemption", false)]
    [InlineData("Refund", false)]
    [InlineData("Expiry", false)]
    public void Given_a_reason_When_asking_whether_it_moves_the_level_Then_spending_and_expiry_do_not(string reason, bool counts) =>
        LedgerReasons.CountsTowardLevel(Enum.Parse<LedgerReason>(reason)).ShouldBe(counts);
}
