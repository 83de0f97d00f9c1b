using FitnessApp.Modules.Training.Activities.ListActivities;

namespace FitnessApp.Modules.Training.Tests.Activities;

public sealed class ActivityCursorTests
{
    [Fact]
    public void Given_a_cursor_When_encoded_and_decoded_Then_the_same_position()
    {
        var cursor = new ActivityCursor(new DateTime(2026, 9, 1, 6, 0, 0, 123, DateTimeKind.Utc), Guid.CreateVersion7());

        ActivityCursor.TryDecode(cursor.Encode(), out var decoded).ShouldBeTrue();

        decoded.ShouldBe(cursor);
        decoded.StartTime.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("")]
    [InlineData("MTIz")]
    [InlineData("!!!")]
    public void Given_a_string_that_is_no_cursor_When_decoding_Then_false(string value) =>
        ActivityCursor.TryDecode(value, out _).ShouldBeFalse();
}
