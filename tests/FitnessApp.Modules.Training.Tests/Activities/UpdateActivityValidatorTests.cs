using FitnessApp.Modules.Training.Activities.UpdateActivity;

namespace FitnessApp.Modules.Training.Tests.Activities;

public sealed class UpdateActivityValidatorTests
{
    private readonly UpdateActivityValidator _validator = new();

    [Fact]
    public void Given_no_fields_When_validating_Then_it_passes() =>
        _validator.Validate(Request()).IsValid.ShouldBeTrue();

    [Fact]
    public void Given_empty_notes_When_validating_Then_it_passes_because_they_clear_the_notes() =>
        _validator.Validate(Request() with { Notes = string.Empty }).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("title", " ", null, null)]
    [InlineData("sport", null, "chess", null)]
    [InlineData("visibility", null, null, "friends")]
    public void Given_an_invalid_field_When_validating_Then_that_field_fails(string field, string? title, string? sport, string? visibility) =>
        _validator.Validate(Request() with { Title = title, Sport = sport, Visibility = visibility })
            .Errors.Select(e => e.PropertyName.ToLowerInvariant()).Distinct().ShouldBe([field]);

    private static UpdateActivity Request() => new(Guid.CreateVersion7(), Guid.CreateVersion7(), null, null, null, null, null);
}
