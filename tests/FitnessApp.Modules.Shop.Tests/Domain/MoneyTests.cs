using System.Globalization;
using FitnessApp.Modules.Shop.Domain;

namespace FitnessApp.Modules.Shop.Tests.Domain;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("12.34", 1234L)]
    [InlineData("0.01", 1L)]
    [InlineData("100", 10000L)]
    [InlineData("-5.5", -550L)]
    public void Given_an_amount_with_at_most_two_decimals_When_converted_Then_it_is_whole_cents(string amount, long minor) =>
        Money.ToMinor(decimal.Parse(amount, CultureInfo.InvariantCulture)).ShouldBe(minor);

    [Fact]
    public void Given_an_amount_with_a_third_decimal_When_converted_Then_it_is_refused_rather_than_rounded() =>
        Money.ToMinor(12.345m).ShouldBeNull();

    [Fact]
    public void Given_cents_When_shown_Then_two_decimals_and_the_currency() =>
        Money.Format(123456, "EUR", CultureInfo.InvariantCulture).ShouldBe("1,234.56 EUR");
}
