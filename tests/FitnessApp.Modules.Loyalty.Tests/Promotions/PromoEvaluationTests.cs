using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Promotions.Domain;

namespace FitnessApp.Modules.Loyalty.Tests.Promotions;

public sealed class PromoEvaluationTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

    private static PromoCode Code(Action<PromoCode>? change = null)
    {
        var code = new PromoCode
        {
            Code = "TEST10",
            Kind = PromoKind.Percentage,
            Percent = 10,
            StartsAt = Now.AddDays(-1),
            EndsAt = Now.AddDays(1),
            Redemptions = 0,
        };
        change?.Invoke(code);
        return code;
    }

    private static PromoOrder Order(decimal amount = 100m, string currency = "EUR", string country = "DE", int level = 1, int uses = 0) =>
        new(amount, currency, country, level, uses);

    [Fact]
    public void Given_AnActiveCodeAndAPlainOrder_When_Evaluated_Then_ItApplies() =>
        PromoEvaluation.RejectionOf(Code(), Order(), Now).ShouldBeNull();

    [Fact]
    public void Given_NoCode_When_Evaluated_Then_Unknown() =>
        PromoEvaluation.RejectionOf(null, Order(), Now).ShouldBe(PromoCodeRejection.Unknown);

    [Fact]
    public void Given_AnInactiveCode_When_Evaluated_Then_Unknown() =>
        PromoEvaluation.RejectionOf(Code(c => c.Active = false), Order(), Now).ShouldBe(PromoCodeRejection.Unknown);

    [Fact]
    public void Given_ACodeStartingLater_When_Evaluated_Then_NotYetValid() =>
        PromoEvaluation.RejectionOf(Code(c => c.StartsAt = Now.AddSeconds(1)), Order(), Now).ShouldBe(PromoCodeRejection.NotYetValid);

    [Fact]
    public void Given_ACodeStartingNow_When_Evaluated_Then_ItApplies() =>
        PromoEvaluation.RejectionOf(Code(c => c.StartsAt = Now), Order(), Now).ShouldBeNull();

    [Fact]
    public void Given_ACodeEndingNow_When_Evaluated_Then_Expired() =>
        PromoEvaluation.RejectionOf(Code(c => c.EndsAt = Now), Order(), Now).ShouldBe(PromoCodeRejection.Expired);

    [Fact]
    public void Given_TheTotalLimitReached_When_Evaluated_Then_Exhausted() =>
        PromoEvaluation.RejectionOf(new PromoCode { Code = "X10", Kind = PromoKind.Percentage, Percent = 10, StartsAt = Now.AddDays(-1), EndsAt = Now.AddDays(1), TotalLimit = 5, Redemptions = 5 }, Order(), Now)
            .ShouldBe(PromoCodeRejection.Exhausted);

    [Fact]
    public void Given_OneUseLeft_When_Evaluated_Then_ItApplies() =>
        PromoEvaluation.RejectionOf(new PromoCode { Code = "X10", Kind = PromoKind.Percentage, Percent = 10, StartsAt = Now.AddDays(-1), EndsAt = Now.AddDays(1), TotalLimit = 5, Redemptions = 4 }, Order(), Now)
            .ShouldBeNull();

    [Fact]
    public void Given_TheAthleteUsedTheirShare_When_Evaluated_Then_PerUserLimitReached() =>
        PromoEvaluation.RejectionOf(Code(c => c.PerUserLimit = 2), Order(uses: 2), Now).ShouldBe(PromoCodeRejection.PerUserLimitReached);

    [Fact]
    public void Given_AnotherCountry_When_Evaluated_Then_CountryNotAllowed() =>
        PromoEvaluation.RejectionOf(Code(c => c.Countries = "AT,FR"), Order(country: "DE"), Now).ShouldBe(PromoCodeRejection.CountryNotAllowed);

    [Fact]
    public void Given_AListedCountry_When_Evaluated_Then_ItApplies() =>
        PromoEvaluation.RejectionOf(Code(c => c.Countries = "AT,DE"), Order(country: "DE"), Now).ShouldBeNull();

    [Fact]
    public void Given_ALowerLevel_When_Evaluated_Then_LevelTooLow() =>
        PromoEvaluation.RejectionOf(Code(c => c.MinimumLevel = 3), Order(level: 2), Now).ShouldBe(PromoCodeRejection.LevelTooLow);

    [Fact]
    public void Given_ASmallOrder_When_Evaluated_Then_OrderTooSmall() =>
        PromoEvaluation.RejectionOf(Code(c => { c.MinimumOrderAmount = 50m; c.Currency = "EUR"; }), Order(amount: 49.99m), Now).ShouldBe(PromoCodeRejection.OrderTooSmall);

    [Fact]
    public void Given_AnOrderOfExactlyTheMinimum_When_Evaluated_Then_ItApplies() =>
        PromoEvaluation.RejectionOf(Code(c => { c.MinimumOrderAmount = 50m; c.Currency = "EUR"; }), Order(amount: 50m), Now).ShouldBeNull();

    [Fact]
    public void Given_AnotherCurrency_When_Evaluated_Then_CurrencyMismatch() =>
        PromoEvaluation.RejectionOf(Code(c => { c.Kind = PromoKind.FixedAmount; c.Percent = null; c.Amount = 5m; c.Currency = "USD"; }), Order(currency: "EUR"), Now)
            .ShouldBe(PromoCodeRejection.CurrencyMismatch);

    [Theory]
    [InlineData(10, "100.00", "10.00")]
    [InlineData(10, "19.99", "2.00")] // 1.999 rounds to 2.00
    [InlineData(15, "0.10", "0.02")] // 0.015 rounds half away from zero
    [InlineData(33, "10.00", "3.30")]
    [InlineData(7, "12.34", "0.86")] // 0.8638
    [InlineData(100, "59.90", "59.90")]
    [InlineData(1, "0.01", "0.00")]
    public void Given_APercentage_When_TheDiscountIsComputed_Then_ItIsRoundedToCents(int percent, string order, string expected) =>
        PromoEvaluation.DiscountOf(Code(c => c.Percent = percent), decimal.Parse(order, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("5.00", "100.00", "5.00")]
    [InlineData("25.50", "20.00", "20.00")] // never more than the order
    [InlineData("20.00", "20.00", "20.00")]
    public void Given_AFixedAmount_When_TheDiscountIsComputed_Then_ItIsTheAmountCappedAtTheOrder(string amount, string order, string expected) =>
        PromoEvaluation.DiscountOf(
                Code(c => { c.Kind = PromoKind.FixedAmount; c.Percent = null; c.Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture); c.Currency = "EUR"; }),
                decimal.Parse(order, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
}
