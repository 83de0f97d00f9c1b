using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.Modules.Accounts.Tests.Avatars;

public sealed class ExifOrientationTests
{
    /// <summary>SOI, then APP1: "Exif\0\0", a big-endian TIFF header, IFD0 with Make (ASCII, 4 bytes inline) and Orientation 6.</summary>
    private static readonly byte[] MotorolaOrientation6 =
    [
        0xFF, 0xD8,
        0xFF, 0xE1, 0x00, 0x2E,
        0x45, 0x78, 0x69, 0x66, 0x00, 0x00,
        0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
        0x00, 0x02,
        0x01, 0x0F, 0x00, 0x02, 0x00, 0x00, 0x00, 0x04, 0x41, 0x43, 0x4D, 0x00,
        0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
        0xFF, 0xD9,
    ];

    /// <summary>SOI, an APP0 (JFIF) first, then APP1 with a little-endian TIFF header and Orientation 8.</summary>
    private static readonly byte[] IntelOrientation8AfterJfif =
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0xFF, 0xE1, 0x00, 0x22,
        0x45, 0x78, 0x69, 0x66, 0x00, 0x00,
        0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00,
        0x01, 0x00,
        0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
        0xFF, 0xD9,
    ];

    [Fact]
    public void Given_a_big_endian_exif_segment_When_reading_Then_orientation_6_is_found_after_another_tag()
    {
        ExifOrientation.Of(MotorolaOrientation6).ShouldBe(6);
    }

    [Fact]
    public void Given_a_little_endian_exif_segment_after_jfif_When_reading_Then_orientation_8_is_found()
    {
        ExifOrientation.Of(IntelOrientation8AfterJfif).ShouldBe(8);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(7)]
    public void Given_a_built_segment_in_either_byte_order_When_reading_Then_its_orientation_is_answered(int orientation)
    {
        ExifOrientation.Of(TestImages.ExifSegment(orientation, bigEndian: true)).ShouldBe(orientation);
        ExifOrientation.Of(TestImages.ExifSegment(orientation, bigEndian: false)).ShouldBe(orientation);
    }

    [Fact]
    public void Given_no_exif_segment_When_reading_Then_upright()
    {
        ExifOrientation.Of([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9]).ShouldBe(ExifOrientation.Upright);
        ExifOrientation.Of([0x89, 0x50, 0x4E, 0x47]).ShouldBe(ExifOrientation.Upright);
        ExifOrientation.Of([]).ShouldBe(ExifOrientation.Upright);
    }

    [Fact]
    public void Given_an_orientation_out_of_range_When_reading_Then_upright()
    {
        var bytes = MotorolaOrientation6.ToArray();
        bytes[43] = 9;

        ExifOrientation.Of(bytes).ShouldBe(ExifOrientation.Upright);
    }

    [Fact]
    public void Given_an_orientation_with_a_wrong_type_When_reading_Then_upright()
    {
        var bytes = MotorolaOrientation6.ToArray();
        bytes[37] = 4;

        ExifOrientation.Of(bytes).ShouldBe(ExifOrientation.Upright);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(45)]
    public void Given_a_truncated_segment_When_reading_Then_upright_without_reading_past_the_end(int length)
    {
        ExifOrientation.Of(MotorolaOrientation6.AsSpan(0, length)).ShouldBe(ExifOrientation.Upright);
    }

    [Fact]
    public void Given_an_ifd_offset_past_the_segment_When_reading_Then_upright()
    {
        var bytes = MotorolaOrientation6.ToArray();
        bytes[19] = 0xF0;

        ExifOrientation.Of(bytes).ShouldBe(ExifOrientation.Upright);
    }
}
