using FitnessApp.Modules.Training.Pages.Activities;

namespace FitnessApp.Modules.Training.Tests.Pages;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("1:05:30", 3930)]
    [InlineData("0:45:00", 2700)]
    [InlineData("45:10", 2710)]
    [InlineData("45", 2700)]
    [InlineData(" 2:00:00 ", 7200)]
    [InlineData("25:00:00", 90000)]
    public void Given_a_typed_duration_When_parsed_Then_its_seconds(string text, int seconds)
    {
        DurationText.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(seconds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1:60")]
    [InlineData("1:00:75")]
    [InlineData("1::00")]
    [InlineData("-5")]
    [InlineData("1:2:3:4")]
    public void Given_something_that_is_not_a_duration_When_parsed_Then_refused(string? text) =>
        DurationText.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(3930, "1:05:30")]
    [InlineData(59, "0:00:59")]
    [InlineData(90000, "25:00:00")]
    public void Given_seconds_When_formatted_Then_h_mm_ss(int seconds, string text) =>
        DurationText.Format(seconds).ShouldBe(text);
}
