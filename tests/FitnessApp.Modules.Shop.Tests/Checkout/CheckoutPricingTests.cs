using FitnessApp.Modules.Shop.Checkout;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Tests.Checkout;

public sealed class CheckoutPricingTests
{
    private static readonly CheckoutPricing Pricing = new(
        Options.Create(new PointsOptions { MinorPerPoint = 1, MaxSharePercent = 50 }),
        Options.Create(new ShippingOptions { FlatMinor = 490, FreeOverMinor = 5000 }));

    [Theory]
    [InlineData("5.00", 500)]
    [InlineData("3.339", 333)]
    [InlineData("3.335", 333)]
    [InlineData("-1", 0)]
    [InlineData("0", 0)]
    public void Given_a_discount_from_Loyalty_When_converting_Then_it_is_whole_cents_never_rounded_up(string discount, long expected) =>
        CheckoutPricing.DiscountMinor(decimal.Parse(discount, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void Given_points_within_the_share_When_pricing_Then_the_totals_are_computed()
    {
        // 50.00 − 5.00 promo = 45.00 goods; 700 points = 7.00; 4.90 shipping → 42.90.
        var totals = Pricing.Price(5000, 500, 700);

        totals.TotalMinor.ShouldBe(4290);
        totals.ShippingMinor.ShouldBe(490);
        Pricing.MaxPoints(5000, 500).ShouldBe(2250);
    }

    [Fact]
    public void Given_points_over_the_share_When_pricing_Then_400_naming_points()
    {
        var exception = Should.Throw<ValidationException>(() => Pricing.Price(2000, 0, 1001));

        exception.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("points");
        exception.Errors.Single().ErrorMessage.ShouldContain("at most 1000 points");
        Pricing.TryPrice(2000, 0, 1001).ShouldBeNull();
    }

    [Theory]
    [InlineData(500, 1000, 2000, 500)]
    [InlineData(1500, 1000, 2000, 1000, "overMaxShare")]
    [InlineData(800, 1000, 300, 300, "moreThanAvailable")]
    [InlineData(1500, 1000, 300, 300, "overMaxShare", "moreThanAvailable")]
    [InlineData(-5, 1000, 300, 0)]
    [InlineData(100, 1000, -20, 0, "moreThanAvailable")]
    public void Given_requested_points_When_quoting_Then_they_are_capped_by_the_share_then_the_balance(
        int requested, int max, int available, int applied, params string[] cuts)
    {
        var result = CheckoutPricing.ApplicablePoints(requested, max, available);

        result.Applied.ShouldBe(applied);
        result.Cuts.ShouldBe(cuts);
    }
}
