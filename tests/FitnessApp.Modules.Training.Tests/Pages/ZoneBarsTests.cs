using FitnessApp.Modules.Training.Pages.Activities;
using FitnessApp.Modules.Training.Streams;

namespace FitnessApp.Modules.Training.Tests.Pages;

public sealed class ZoneBarsTests
{
    [Fact]
    public void Given_zones_by_both_methods_When_building_the_bars_Then_minutes_per_zone_with_the_time_below_zone_1_first()
    {
        var byMax = new ZonesResponse([95, 114, 133, 152, 171], [600, 900, 300, 60, 0], 120);
        var byReserve = new ZonesResponse([125, 138, 151, 164, 177], [300, 600, 900, 90, 30], 0);

        var bars = ZoneBars.Build(byMax, byReserve);

        bars.Select(b => b.Zone).ShouldBe([ZoneBars.BelowZones, "Z1", "Z2", "Z3", "Z4", "Z5"]);
        bars.Select(b => b.MaxHeartRateMinutes).ShouldBe([2.0, 10.0, 15.0, 5.0, 1.0, 0.0]);
        bars.Select(b => b.ReserveMinutes).ShouldBe([0.0, 5.0, 10.0, 15.0, 1.5, 0.5]);
        bars[1].MaxHeartRateFrom.ShouldBe("95");
    }

    [Fact]
    public void Given_zones_by_one_method_only_When_building_the_bars_Then_the_other_is_empty()
    {
        var bars = ZoneBars.Build(new ZonesResponse([95, 114, 133, 152, 171], [60, 60, 60, 60, 60], 0), null);

        bars.Count.ShouldBe(5);
        bars.ShouldAllBe(b => b.MaxHeartRateMinutes == 1.0 && b.ReserveMinutes == null);
    }

    [Fact]
    public void Given_no_zones_When_building_the_bars_Then_none() => ZoneBars.Build(null, null).ShouldBeEmpty();
}
