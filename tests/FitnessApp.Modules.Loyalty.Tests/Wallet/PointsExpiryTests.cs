using FitnessApp.Modules.Loyalty.Wallet;

namespace FitnessApp.Modules.Loyalty.Tests.Wallet;

public sealed class PointsExpiryTests
{
    private static readonly TimeSpan Year = TimeSpan.FromDays(365);
    private static readonly DateTime Jan1 = new(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Feb1 = new(2026, 2, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Mar1 = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Given_three_credits_and_a_debit_When_lots_are_computed_Then_the_debit_uses_up_the_oldest_first()
    {
        var lots = PointsExpiry.Remaining([(Jan1, 100), (Feb1, 50), (Mar1, 30), (Mar1.AddDays(1), -120)], held: 0, Year);

        lots.ShouldBe([
            new PointsLot(Feb1, new DateOnly(2027, 2, 1), 30),
            new PointsLot(Mar1, new DateOnly(2027, 3, 1), 30),
        ]);
    }

    [Fact]
    public void Given_reserved_points_When_lots_are_computed_Then_the_reservation_holds_the_oldest_credits()
    {
        var lots = PointsExpiry.Remaining([(Jan1, 100), (Feb1, 50)], held: 120, Year);

        lots.ShouldBe([new PointsLot(Feb1, new DateOnly(2027, 2, 1), 30)]);
    }

    [Fact]
    public void Given_an_earlier_expiry_When_lots_are_computed_Then_it_consumed_the_expired_credit_only()
    {
        // January's 100 expired in 2027 (an Expiry entry of -100); February's 50 remain.
        var lots = PointsExpiry.Remaining([(Jan1, 100), (Feb1, 50), (new DateTime(2027, 1, 1, 2, 30, 0, DateTimeKind.Utc), -100)], held: 0, Year);

        lots.ShouldBe([new PointsLot(Feb1, new DateOnly(2027, 2, 1), 50)]);
        PointsExpiry.DueBy(lots, new DateOnly(2027, 1, 31)).ShouldBe(0);
        PointsExpiry.DueBy(lots, new DateOnly(2027, 2, 1)).ShouldBe(50);
    }

    [Fact]
    public void Given_credits_When_due_points_are_asked_Then_only_those_past_their_day_count()
    {
        var lots = PointsExpiry.Remaining([(Jan1, 100), (Feb1, 50), (Mar1, 30), (Feb1.AddDays(3), -40)], held: 0, Year);

        PointsExpiry.DueBy(lots, new DateOnly(2026, 12, 31)).ShouldBe(0);
        PointsExpiry.DueBy(lots, new DateOnly(2027, 1, 1)).ShouldBe(60);
        PointsExpiry.DueBy(lots, new DateOnly(2027, 2, 1)).ShouldBe(110);
        PointsExpiry.DueBy(lots, new DateOnly(2028, 1, 1)).ShouldBe(140);
    }

    [Fact]
    public void Given_credits_on_several_days_When_upcoming_expiries_are_asked_Then_they_are_grouped_per_day_within_the_window()
    {
        var lots = PointsExpiry.Remaining([(Jan1, 10), (Jan1.AddHours(5), 15), (Jan1.AddDays(3), 20), (Jan1.AddDays(9), 40)], held: 0, Year);

        var upcoming = PointsExpiry.Upcoming(lots, after: new DateOnly(2026, 12, 31), until: new DateOnly(2027, 1, 7));

        upcoming.ShouldBe([(new DateOnly(2027, 1, 1), 25), (new DateOnly(2027, 1, 4), 20)]);
    }

    [Fact]
    public void Given_more_debits_than_credits_When_lots_are_computed_Then_nothing_is_left()
    {
        PointsExpiry.Remaining([(Jan1, 100), (Feb1, -150)], held: 0, Year).ShouldBeEmpty();
    }
}
