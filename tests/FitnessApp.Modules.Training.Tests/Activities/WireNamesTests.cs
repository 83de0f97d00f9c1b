using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;

namespace FitnessApp.Modules.Training.Tests.Activities;

public sealed class WireNamesTests
{
    [Theory]
    [InlineData("trailRunning", Sport.TrailRunning)]
    [InlineData("openWaterSwimming", Sport.OpenWaterSwimming)]
    [InlineData("Running", Sport.Running)]
    public void Given_a_sport_name_When_parsing_Then_the_sport(string name, Sport sport)
    {
        WireNames.TryParse<Sport>(name, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(sport);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("swimming")]
    [InlineData("running,cycling")]
    public void Given_something_that_is_not_a_sport_name_When_parsing_Then_false(string? name) =>
        WireNames.IsValid<Sport>(name).ShouldBeFalse();

    [Fact]
    public void Given_a_sport_When_writing_its_name_Then_camelCase() =>
        WireNames.Of(Sport.IndoorCycling).ShouldBe("indoorCycling");
}
