using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;

namespace FitnessApp.Modules.Training.Tests.Activities;

public sealed class SportRulesTests
{
    [Theory]
    [InlineData(Sport.Running, 1.5)]
    [InlineData(Sport.TrailRunning, 1.0)]
    [InlineData(Sport.Walking, 0.5)]
    [InlineData(Sport.Hiking, 0.3)]
    [InlineData(Sport.Cycling, 4.0)]
    [InlineData(Sport.PoolSwimming, 0.3)]
    [InlineData(Sport.OpenWaterSwimming, 0.3)]
    [InlineData(Sport.Rowing, 2.0)]
    [InlineData(Sport.Skiing, 2.0)]
    [InlineData(Sport.Other, 0.5)]
    public void Given_a_sport_with_a_track_When_asking_its_stopped_speed_Then_the_threshold_in_km_h(Sport sport, double kmh) =>
        SportRules.For(sport).StoppedSpeedKmh.ShouldBe(kmh);

    [Theory]
    [InlineData(Sport.IndoorCycling)]
    [InlineData(Sport.Strength)]
    [InlineData(Sport.Yoga)]
    public void Given_a_sport_without_gps_When_asking_its_stopped_speed_Then_none(Sport sport) =>
        SportRules.For(sport).StoppedSpeedKmh.ShouldBeNull();

    [Theory]
    [InlineData(Sport.Strength, false)]
    [InlineData(Sport.Yoga, false)]
    [InlineData(Sport.Running, true)]
    [InlineData(Sport.PoolSwimming, true)]
    [InlineData(Sport.IndoorCycling, true)]
    public void Given_a_sport_When_asking_whether_distance_applies_Then_only_strength_and_yoga_have_none(Sport sport, bool hasDistance) =>
        SportRules.For(sport).HasDistance.ShouldBe(hasDistance);

    [Theory]
    [InlineData(Sport.Hiking, true)]
    [InlineData(Sport.Cycling, true)]
    [InlineData(Sport.PoolSwimming, false)]
    [InlineData(Sport.IndoorCycling, false)]
    [InlineData(Sport.Strength, false)]
    public void Given_a_sport_When_asking_whether_elevation_applies_Then_outdoor_sports_with_climbs_say_yes(Sport sport, bool hasElevation) =>
        SportRules.For(sport).HasElevation.ShouldBe(hasElevation);

    [Fact]
    public void Given_every_sport_When_asking_its_rules_Then_each_has_them() =>
        Enum.GetValues<Sport>().ShouldAllBe(sport => SportRules.For(sport) != null);
}
