using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Plans.Domain;

namespace FitnessApp.Modules.Training.Tests.Plans;

public sealed class SportFamiliesTests
{
    [Theory]
    [InlineData(Sport.Running, Sport.Running, true)]
    [InlineData(Sport.TrailRunning, Sport.Running, true)]
    [InlineData(Sport.Running, Sport.TrailRunning, true)]
    [InlineData(Sport.Walking, Sport.Running, false)]
    [InlineData(Sport.Cycling, Sport.Running, false)]
    [InlineData(Sport.IndoorCycling, Sport.Cycling, true)]
    [InlineData(Sport.OpenWaterSwimming, Sport.PoolSwimming, true)]
    [InlineData(Sport.Hiking, Sport.Walking, true)]
    [InlineData(Sport.Strength, Sport.Strength, true)]
    [InlineData(Sport.Yoga, Sport.Strength, false)]
    [InlineData(Sport.Rowing, Sport.Rowing, true)]
    [InlineData(Sport.Other, Sport.Running, false)]
    public void Given_an_activity_sport_and_a_planned_sport_When_matching_Then_only_the_same_family_completes(Sport activity, Sport planned, bool completes) =>
        SportFamilies.Completes(activity, planned).ShouldBe(completes);

    [Fact]
    public void Given_every_sport_When_finding_its_family_Then_the_family_is_its_own_family() =>
        Enum.GetValues<Sport>().ShouldAllBe(s => SportFamilies.FamilyOf(SportFamilies.FamilyOf(s)) == SportFamilies.FamilyOf(s));
}
