using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Support.Domain;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Support.Tests;

public sealed class ScreenshotTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, "image/webp")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 }, null)]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, null)]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 }, null)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E }, null)]
    [InlineData(new byte[0], null)]
    public void Given_the_first_bytes_When_sniffed_Then_only_png_jpeg_and_webp_are_recognised(byte[] content, string? expected) =>
        ImageSniffer.Sniff(content).ShouldBe(expected);

    [Fact]
    public void Given_an_image_over_the_limit_When_checked_Then_413()
    {
        var content = new byte[101];
        content[0] = 0xFF;
        content[1] = 0xD8;
        content[2] = 0xFF;

        Should.Throw<ScreenshotRejectedException>(() => Screenshots.Check(content, 100)).Status.ShouldBe(StatusCodes.Status413PayloadTooLarge);
        Screenshots.Check(content, 101).ShouldBe("image/jpeg");
    }

    [Fact]
    public void Given_text_named_as_an_image_When_checked_Then_415() =>
        Should.Throw<ScreenshotRejectedException>(() => Screenshots.Check("<html>"u8, 100)).Status.ShouldBe(StatusCodes.Status415UnsupportedMediaType);

    [Fact]
    public void Given_a_cursor_When_encoded_and_decoded_Then_it_round_trips_and_garbage_is_refused()
    {
        var cursor = new KeysetCursor(new DateTime(2026, 11, 21, 20, 0, 0, DateTimeKind.Utc), Guid.CreateVersion7());

        KeysetCursor.TryDecode(cursor.Encode(), out var decoded).ShouldBeTrue();
        decoded.ShouldBe(cursor);
        KeysetCursor.IsValid("not-a-cursor").ShouldBeFalse();
        KeysetCursor.IsValid(null).ShouldBeTrue();
    }
}
