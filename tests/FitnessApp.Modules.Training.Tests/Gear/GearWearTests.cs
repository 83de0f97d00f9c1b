using FitnessApp.Modules.Training.Gear;

namespace FitnessApp.Modules.Training.Tests.Gear;

public sealed class GearWearTests
{
    [Theory]
    [InlineData("Shoes", 800_000.0)]
    [InlineData("Bike", null)]
    [InlineData("Other", null)]
    public void Given_a_kind_When_asking_its_default_threshold_Then_shoes_get_800_km_and_the_rest_none(string kind, double? expected) =>
        GearWear.DefaultThreshold(Enum.Parse<GearKind>(kind)).ShouldBe(expected);

    [Theory]
    [InlineData(0, "None")]
    [InlineData(719_999, "None")]
    [InlineData(720_000, "NearRetirement")]
    [InlineData(799_999, "NearRetirement")]
    [InlineData(800_000, "RetirementDue")]
    [InlineData(1_200_000, "RetirementDue")]
    public void Given_a_distance_on_800_km_shoes_When_warning_Then_90_percent_is_near_and_100_percent_is_due(double meters, string expected) =>
        GearWear.WarningFor(meters, 800_000, retired: false).ShouldBe(Enum.Parse<GearWarning>(expected));

    [Fact]
    public void Given_retired_gear_past_its_threshold_When_warning_Then_none() =>
        GearWear.WarningFor(900_000, 800_000, retired: true).ShouldBe(GearWarning.None);

    [Fact]
    public void Given_gear_without_a_threshold_When_warning_Then_none_and_no_percentage()
    {
        GearWear.WarningFor(10_000_000, null, retired: false).ShouldBe(GearWarning.None);
        GearWear.Percentage(10_000_000, null).ShouldBeNull();
    }

    [Fact]
    public void Given_initial_and_activity_distance_When_summed_Then_the_percentage_is_of_the_total()
    {
        var total = GearWear.TotalDistance(50_000, 350_000);

        total.ShouldBe(400_000);
        GearWear.Percentage(total, 800_000).ShouldBe(50);
    }

    [Fact]
    public void Given_usage_When_building_the_response_Then_distance_includes_the_initial_metres_and_warns()
    {
        var gear = new GearItem { Name = "Shoes", Kind = GearKind.Shoes, InitialDistanceMeters = 100_000, RetirementThresholdMeters = 500_000 };

        var response = GearResponse.From(gear, new GearUsage(360_000, 40));

        response.DistanceMeters.ShouldBe(460_000);
        response.ActivityCount.ShouldBe(40);
        response.WearPercentage.ShouldBe(92);
        response.Warning.ShouldBe(GearWarning.NearRetirement);
    }
}
