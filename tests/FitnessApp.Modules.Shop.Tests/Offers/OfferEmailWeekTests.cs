using FitnessApp.Modules.Shop.Offers.WeeklyEmail;

namespace FitnessApp.Modules.Shop.Tests.Offers;

public sealed class OfferEmailWeekTests
{
    [Theory]
    [InlineData("2026-11-22T23:59:00", "2026-11-16")] // a Sunday belongs to the week that began the Monday before
    [InlineData("2026-11-23T00:00:00", "2026-11-23")] // Monday midnight starts a new week
    [InlineData("2026-11-25T07:00:00", "2026-11-23")]
    [InlineData("2026-01-01T12:00:00", "2025-12-29")] // across the new year
    public void Given_an_instant_When_its_week_is_asked_Then_it_is_Monday_midnight_UTC(string instant, string monday)
    {
        var week = OfferEmailSent.WeekOf(DateTime.SpecifyKind(DateTime.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));

        week.ShouldBe(DateTime.SpecifyKind(DateTime.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
        week.Kind.ShouldBe(DateTimeKind.Utc);
    }
}
