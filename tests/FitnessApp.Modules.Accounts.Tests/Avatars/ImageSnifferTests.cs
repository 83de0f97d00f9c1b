using System.Text;
using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.Modules.Accounts.Tests.Avatars;

public sealed class ImageSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "Jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "Png")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, "Webp")]
    public void Given_known_magic_bytes_When_sniffing_Then_the_format_is_found(byte[] data, string expectedName)
    {
        var expected = Enum.Parse<ImageFormat>(expectedName);
        ImageSniffer.Detect(data).ShouldBe(expected);
    }

    [Theory]
    [InlineData("GIF89a......", "a GIF image")]
    [InlineData("%PDF-1.7 ...", "a PDF document")]
    [InlineData("<svg xmlns=", "an XML or SVG document")]
    [InlineData("RIFF....WAVE", "not a known image type")]
    [InlineData("hello world!", "not a known image type")]
    public void Given_other_files_When_sniffing_Then_nothing_is_accepted_and_the_type_is_named(string content, string description)
    {
        var data = Encoding.ASCII.GetBytes(content);

        ImageSniffer.Detect(data).ShouldBeNull();
        ImageSniffer.Describe(data).ShouldBe(description);
    }

    [Fact]
    public void Given_a_png_named_jpeg_by_its_first_bytes_only_When_sniffing_Then_the_bytes_decide()
    {
        ImageSniffer.Detect(TestImages.Picture(ImageFormat.Png, 40, 40)).ShouldBe(ImageFormat.Png);
        ImageSniffer.Detect(TestImages.Picture(ImageFormat.Jpeg, 40, 40)).ShouldBe(ImageFormat.Jpeg);
        ImageSniffer.Detect(TestImages.Picture(ImageFormat.Webp, 40, 40)).ShouldBe(ImageFormat.Webp);
    }
}
