using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.Modules.Accounts.Tests.Avatars;

public sealed class ImageHeaderTests
{
    [Theory]
    [InlineData("Jpeg")]
    [InlineData("Png")]
    [InlineData("Webp")]
    public void Given_a_real_picture_When_reading_its_header_Then_the_size_is_the_encoded_one(string formatName)
    {
        var format = Enum.Parse<ImageFormat>(formatName);
        ImageHeader.Dimensions(format, TestImages.Picture(format, 300, 200)).ShouldBe((300, 200));
    }

    [Fact]
    public void Given_a_jpeg_with_an_exif_segment_before_the_frame_When_reading_its_header_Then_the_segment_is_skipped()
    {
        ImageHeader.Dimensions(ImageFormat.Jpeg, TestImages.JpegWithExif(120, 90)).ShouldBe((120, 90));
    }

    [Fact]
    public void Given_a_33_byte_png_claiming_20000_by_20000_When_reading_its_header_Then_the_claim_is_read_without_decoding()
    {
        ImageHeader.Dimensions(ImageFormat.Png, TestImages.PngHeaderOnly(20000, 20000)).ShouldBe((20000, 20000));
    }

    [Fact]
    public void Given_lossless_and_extended_webp_headers_When_reading_Then_the_bit_packed_sizes_are_decoded()
    {
        // VP8L: 14 bits width-1, 14 bits height-1 (little endian) after the 0x2F signature; 640x480.
        var bits = (640u - 1) | (480u - 1) << 14;
        byte[] lossless = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8L"u8, 0, 0, 0, 0, 0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0, 0];
        // VP8X: canvas width-1 and height-1 in 24 bits each; 8000x7999.
        byte[] extended = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 0x3F, 0x1F, 0, 0x3E, 0x1F, 0];

        ImageHeader.Dimensions(ImageFormat.Webp, lossless).ShouldBe((640, 480));
        ImageHeader.Dimensions(ImageFormat.Webp, extended).ShouldBe((8000, 7999));
    }

    [Fact]
    public void Given_a_truncated_header_When_reading_Then_there_is_no_size()
    {
        ImageHeader.Dimensions(ImageFormat.Jpeg, [0xFF, 0xD8, 0xFF, 0xE0, 0x00]).ShouldBeNull();
        ImageHeader.Dimensions(ImageFormat.Png, TestImages.PngHeaderOnly(10, 10)[..20]).ShouldBeNull();
    }
}
