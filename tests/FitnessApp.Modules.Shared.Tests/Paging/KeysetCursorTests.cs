using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Shared.Tests.Paging;

public sealed class KeysetCursorTests
{
    [Fact]
    public void Given_a_cursor_When_encoded_and_decoded_Then_the_same_position()
    {
        var cursor = new KeysetCursor(new DateTime(2026, 9, 1, 6, 0, 0, 123, DateTimeKind.Utc), Guid.CreateVersion7());

        KeysetCursor.TryDecode(cursor.Encode(), out var decoded).ShouldBeTrue();

        decoded.ShouldBe(cursor);
        decoded.At.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("")]
    [InlineData("MTIz")]
    [InlineData("!!!")]
    public void Given_a_string_that_is_no_cursor_When_decoding_Then_false(string value)
    {
        KeysetCursor.TryDecode(value, out _).ShouldBeFalse();
        KeysetCursor.IsValid(value).ShouldBeFalse();
    }

    [Fact]
    public void Given_no_cursor_When_validated_Then_it_is_the_first_page() => KeysetCursor.IsValid(null).ShouldBeTrue();
}
