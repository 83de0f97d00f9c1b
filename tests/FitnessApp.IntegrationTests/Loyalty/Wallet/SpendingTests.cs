using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Contracts.Spending;
using FitnessApp.Modules.Loyalty.Contracts.Standing;
using FitnessApp.Modules.Loyalty.Domain;
using FluentValidation;

namespace FitnessApp.IntegrationTests.Loyalty.Wallet;

/// <summary>Shop's contracts: reserve, commit, release, refund and the standing, through the mediator as Shop calls them.</summary>
public abstract class SpendingTests(WalletApp app)
{
    [Fact]
    public async Task Given_1000_points_When_20_orders_reserve_100_each_at_once_Then_exactly_10_succeed_and_available_never_goes_negative()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 1000);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            app.SendAsync(new ReservePoints(athlete.Id, Guid.CreateVersion7(), 100)))));

        results.Count(r => r.Outcome == ReservationOutcome.Reserved).ShouldBe(10);
        results.Count(r => r.Outcome == ReservationOutcome.Insufficient).ShouldBe(10);
        results.ShouldAllBe(r => r.AvailablePoints >= 0);
        var standing = await app.SendAsync(new GetLoyaltyStanding(athlete.Id));
        standing.Balance.ShouldBe(1000);
        standing.AvailablePoints.ShouldBe(0);
        var balance = await athlete.Client.OkAsync(WalletApi.Balance);
        balance.GetProperty("reserved").GetInt32().ShouldBe(1000);
        balance.GetProperty("available").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Given_too_few_points_When_an_order_reserves_Then_insufficient_and_nothing_is_held()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 80);

        var result = await app.SendAsync(new ReservePoints(athlete.Id, Guid.CreateVersion7(), 100));

        result.Outcome.ShouldBe(ReservationOutcome.Insufficient);
        result.ReservationId.ShouldBeNull();
        result.AvailablePoints.ShouldBe(80);
        (await app.SendAsync(new GetLoyaltyStanding(athlete.Id))).AvailablePoints.ShouldBe(80);
    }

    [Fact]
    public async Task Given_a_reservation_When_the_same_order_reserves_again_Then_the_same_reservation_and_another_amount_is_a_conflict()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 500);
        var order = Guid.CreateVersion7();

        var first = await app.SendAsync(new ReservePoints(athlete.Id, order, 200));
        var again = await app.SendAsync(new ReservePoints(athlete.Id, order, 200));
        var other = await app.SendAsync(new ReservePoints(athlete.Id, order, 300));

        first.Outcome.ShouldBe(ReservationOutcome.Reserved);
        again.Outcome.ShouldBe(ReservationOutcome.Reserved);
        again.ReservationId.ShouldBe(first.ReservationId);
        other.Outcome.ShouldBe(ReservationOutcome.Conflict);
        (await app.SendAsync(new GetLoyaltyStanding(athlete.Id))).AvailablePoints.ShouldBe(300);
    }

    [Fact]
    public async Task Given_a_reservation_When_it_is_committed_twice_Then_one_redemption_entry_and_release_is_refused()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 500);
        var order = Guid.CreateVersion7();
        await app.SendAsync(new ReservePoints(athlete.Id, order, 200));

        (await app.SendAsync(new CommitPoints(order))).Outcome.ShouldBe(SpendingOutcome.Done);
        (await app.SendAsync(new CommitPoints(order))).Outcome.ShouldBe(SpendingOutcome.AlreadyDone);
        (await app.SendAsync(new ReleasePoints(order))).Outcome.ShouldBe(SpendingOutcome.Refused);

        var redemption = (await app.EntriesOfAsync(athlete.Id)).Where(e => e.Reason == LedgerReason.Redemption).ShouldHaveSingleItem();
        redemption.Points.ShouldBe(-200);
        redemption.SourceKey.ShouldBe($"order:{order}:commit");
        redemption.Source.ShouldBe("Shop");
        var standing = await app.SendAsync(new GetLoyaltyStanding(athlete.Id));
        standing.Balance.ShouldBe(300);
        standing.AvailablePoints.ShouldBe(300);
        standing.LifetimePoints.ShouldBe(500);
        var ledger = await athlete.Client.OkAsync(WalletApi.Ledger);
        ledger.GetProperty("items")[0].GetProperty("reason").GetString().ShouldBe("redemption");
    }

    [Fact]
    public async Task Given_a_reservation_When_it_is_released_twice_Then_the_points_are_available_again_and_commit_is_refused()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 500);
        var order = Guid.CreateVersion7();
        await app.SendAsync(new ReservePoints(athlete.Id, order, 200));

        (await app.SendAsync(new ReleasePoints(order))).Outcome.ShouldBe(SpendingOutcome.Done);
        (await app.SendAsync(new ReleasePoints(order))).Outcome.ShouldBe(SpendingOutcome.AlreadyDone);
        (await app.SendAsync(new CommitPoints(order))).Outcome.ShouldBe(SpendingOutcome.Refused);

        (await app.SendAsync(new GetLoyaltyStanding(athlete.Id))).AvailablePoints.ShouldBe(500);
        (await app.EntriesOfAsync(athlete.Id)).ShouldNotContain(e => e.Reason == LedgerReason.Redemption);
        (await app.SendAsync(new ReleasePoints(Guid.CreateVersion7()))).Outcome.ShouldBe(SpendingOutcome.NotFound);
    }

    [Fact]
    public async Task Given_a_committed_order_When_it_is_refunded_in_parts_Then_each_refund_id_posts_once_and_never_more_than_was_spent()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 500);
        var order = Guid.CreateVersion7();
        var (first, second, third) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await app.SendAsync(new ReservePoints(athlete.Id, order, 200));
        (await app.SendAsync(new RefundPoints(order, first, 100))).Outcome.ShouldBe(SpendingOutcome.Refused);
        await app.SendAsync(new CommitPoints(order));

        var tooMuch = await app.SendAsync(new RefundPoints(order, first, 201));
        tooMuch.Outcome.ShouldBe(SpendingOutcome.OverRefund);
        tooMuch.Points.ShouldBe(0);
        tooMuch.Message.ShouldNotBeNullOrWhiteSpace();
        (await app.SendAsync(new RefundPoints(order, first, 120))).ShouldBe(new SpendingResult(SpendingOutcome.Done, 120));
        (await app.SendAsync(new RefundPoints(order, first, 120))).Outcome.ShouldBe(SpendingOutcome.AlreadyDone);
        (await app.SendAsync(new RefundPoints(order, first, 30))).Outcome.ShouldBe(SpendingOutcome.Refused);
        (await app.SendAsync(new RefundPoints(order, second, 81))).Outcome.ShouldBe(SpendingOutcome.OverRefund);
        (await app.SendAsync(new RefundPoints(order, second, 50))).Outcome.ShouldBe(SpendingOutcome.Done);
        (await app.SendAsync(new RefundPoints(order, third, 30))).Outcome.ShouldBe(SpendingOutcome.Done);
        (await app.SendAsync(new RefundPoints(order, Guid.CreateVersion7(), 1))).Outcome.ShouldBe(SpendingOutcome.OverRefund);

        var refunds = (await app.EntriesOfAsync(athlete.Id)).Where(e => e.Reason == LedgerReason.Refund).Select(e => e.Points).Order().ToList();
        refunds.ShouldBe([30, 50, 120]);
        var standing = await app.SendAsync(new GetLoyaltyStanding(athlete.Id));
        standing.Balance.ShouldBe(500);
        standing.LifetimePoints.ShouldBe(500);
    }

    [Fact]
    public async Task Given_one_refund_sent_20_times_at_once_When_they_race_Then_one_refund_entry()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 500);
        var order = Guid.CreateVersion7();
        await app.SendAsync(new ReservePoints(athlete.Id, order, 300));
        await app.SendAsync(new CommitPoints(order));
        var refund = Guid.CreateVersion7();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => app.SendAsync(new RefundPoints(order, refund, 100)))));

        results.Count(r => r.Outcome == SpendingOutcome.Done).ShouldBe(1);
        results.Count(r => r.Outcome == SpendingOutcome.AlreadyDone).ShouldBe(19);
        (await app.EntriesOfAsync(athlete.Id)).Where(e => e.Reason == LedgerReason.Refund).ShouldHaveSingleItem().Points.ShouldBe(100);
        (await app.SendAsync(new GetLoyaltyStanding(athlete.Id))).Balance.ShouldBe(300);
    }

    [Fact]
    public async Task Given_different_partial_refunds_at_once_When_they_exceed_the_order_together_Then_the_total_never_exceeds_what_was_spent()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 500);
        var order = Guid.CreateVersion7();
        await app.SendAsync(new ReservePoints(athlete.Id, order, 300));
        await app.SendAsync(new CommitPoints(order));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => app.SendAsync(new RefundPoints(order, Guid.CreateVersion7(), 100)))));

        results.Count(r => r.Outcome == SpendingOutcome.Done).ShouldBe(3);
        results.Count(r => r.Outcome == SpendingOutcome.OverRefund).ShouldBe(7);
        (await app.EntriesOfAsync(athlete.Id)).Where(e => e.Reason == LedgerReason.Refund).Sum(e => e.Points).ShouldBe(300);
    }

    [Fact]
    public async Task Given_an_empty_refund_id_When_refunding_Then_the_request_is_invalid()
    {
        var exception = await Should.ThrowAsync<ValidationException>(() => app.SendAsync(new RefundPoints(Guid.CreateVersion7(), Guid.Empty, 10)));
        exception.Errors.Select(e => e.PropertyName).ShouldContain("refundId");
    }

    [Fact]
    public async Task Given_zero_points_When_an_order_reserves_Then_the_request_is_invalid()
    {
        var athlete = await app.WalletAthleteAsync();

        var error = await Should.ThrowAsync<ValidationException>(() => app.SendAsync(new ReservePoints(athlete.Id, Guid.CreateVersion7(), 0)));

        error.Errors.ShouldContain(e => e.PropertyName == "points");
    }

    [Fact]
    public async Task Given_an_athlete_at_level_3_When_shop_asks_the_standing_Then_level_and_names_in_both_languages()
    {
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 800);

        var standing = await app.SendAsync(new GetLoyaltyStanding(athlete.Id));

        standing.Level.ShouldBe(3);
        standing.LevelNameEn.ShouldBe("Regular");
        standing.LevelNameRu.ShouldBe("Завсегдатай");
        standing.AvailablePoints.ShouldBe(800);
    }
}

public sealed class SpendingTests_Sqlite(WalletSqliteApp app) : SpendingTests(app), IClassFixture<WalletSqliteApp>;

public sealed class SpendingTests_Postgres(WalletPostgresApp app) : SpendingTests(app), IClassFixture<WalletPostgresApp>;
