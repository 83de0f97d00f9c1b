using FitnessApp.Modules.Training.Gear.CreateGear;

namespace FitnessApp.Modules.Training.Tests.Gear;

public sealed class GearInputValidationTests
{
    private static readonly CreateGear Valid = new(Guid.CreateVersion7(), "bike", "Road bike", "Canyon", "Ultimate", ["cycling", "indoorCycling"], 1200, null);

    private readonly CreateGearValidator _validator = new();

    [Fact]
    public void Given_a_complete_bike_When_validating_Then_it_passes() =>
        _validator.Validate(Valid).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("Shoes")]
    [InlineData("other")]
    public void Given_a_kind_in_any_case_When_validating_Then_it_passes(string kind) =>
        _validator.Validate(Valid with { Kind = kind }).IsValid.ShouldBeTrue();

    [Fact]
    public void Given_a_numeric_kind_When_validating_Then_kind_fails() =>
        _validator.Validate(Valid with { Kind = "1" }).Errors.Select(e => e.PropertyName.ToLowerInvariant()).ShouldBe(["kind"]);

    [Fact]
    public void Given_a_negative_initial_distance_and_a_zero_threshold_When_validating_Then_both_fail() =>
        _validator.Validate(Valid with { InitialDistanceMeters = -0.1, RetirementThresholdMeters = 0 }).Errors.Select(e => e.PropertyName.ToLowerInvariant())
            .ShouldBe(["initialdistancemeters", "retirementthresholdmeters"], ignoreOrder: true);
}
