using FitnessApp.Modules.Shop.Checkout;

namespace FitnessApp.Modules.Shop.Tests.Orders;

public sealed class OrderTotalsTests
{
    private static readonly PointsOptions Points = new() { MinorPerPoint = 1, MaxSharePercent = 50 };
    private static readonly ShippingOptions Shipping = new() { FlatMinor = 490, FreeOverMinor = 5000 };

    [Fact]
    public void Given_goods_below_the_threshold_When_computing_Then_flat_shipping_is_added()
    {
        var totals = OrderTotals.Compute(4000, 0, 0, Points, Shipping)!;

        totals.ShippingMinor.ShouldBe(490);
        totals.TotalMinor.ShouldBe(4490);
    }

    [Fact]
    public void Given_a_discount_and_points_When_computing_Then_total_is_goods_minus_points_plus_shipping()
    {
        // 60.00 − 10.00 promo = 50.00 goods (free shipping), 1000 points = 10.00 → 40.00.
        var totals = OrderTotals.Compute(6000, 1000, 1000, Points, Shipping)!;

        totals.DiscountMinor.ShouldBe(1000);
        totals.PointsMinor.ShouldBe(1000);
        totals.ShippingMinor.ShouldBe(0);
        totals.TotalMinor.ShouldBe(4000);
    }

    [Fact]
    public void Given_a_discount_that_drops_goods_below_the_threshold_When_computing_Then_shipping_is_charged()
    {
        var totals = OrderTotals.Compute(5200, 520, 0, Points, Shipping)!;

        totals.ShippingMinor.ShouldBe(490);
        totals.TotalMinor.ShouldBe(5170);
    }

    [Fact]
    public void Given_points_above_half_the_goods_When_computing_Then_refused_and_half_is_the_maximum()
    {
        OrderTotals.MaxPoints(3000, 1000, Points).ShouldBe(1000);
        OrderTotals.Compute(3000, 1000, 1000, Points, Shipping).ShouldNotBeNull();
        OrderTotals.Compute(3000, 1000, 1001, Points, Shipping).ShouldBeNull();
    }

    [Fact]
    public void Given_points_worth_two_cents_When_computing_Then_the_cap_counts_in_points()
    {
        var dear = new PointsOptions { MinorPerPoint = 2, MaxSharePercent = 50 };

        OrderTotals.MaxPoints(1001, 0, dear).ShouldBe(250);
        OrderTotals.Compute(1001, 0, 250, dear, Shipping)!.TotalMinor.ShouldBe(1001 - 500 + 490);
    }

    [Fact]
    public void Given_a_discount_larger_than_the_subtotal_When_computing_Then_it_is_capped_and_only_shipping_remains()
    {
        var totals = OrderTotals.Compute(1000, 5000, 0, Points, Shipping)!;

        totals.DiscountMinor.ShouldBe(1000);
        totals.TotalMinor.ShouldBe(490);
    }

    [Fact]
    public void Given_a_zero_threshold_When_computing_Then_shipping_is_always_free()
    {
        OrderTotals.Compute(100, 0, 0, Points, new ShippingOptions { FlatMinor = 490, FreeOverMinor = 0 })!.ShippingMinor.ShouldBe(0);
    }
}
