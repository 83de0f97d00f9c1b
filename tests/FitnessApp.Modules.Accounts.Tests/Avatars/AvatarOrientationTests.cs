using FitnessApp.Modules.Accounts.Avatars;
using FitnessApp.Modules.Accounts.Avatars.Imaging;
using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.Modules.Accounts.Tests.Avatars;

/// <summary>Where each stored quadrant must appear once the picture is upright, per EXIF orientation (top left, top right, bottom left, bottom right).</summary>
public sealed class AvatarOrientationTests
{
    [LibGdTheory]
    [InlineData(1, "TL TR BL BR")]
    [InlineData(2, "TR TL BR BL")]
    [InlineData(3, "BR BL TR TL")]
    [InlineData(4, "BL BR TL TR")]
    [InlineData(5, "TL BL TR BR")]
    [InlineData(6, "BL TL BR TR")]
    [InlineData(7, "BR TR BL TL")]
    [InlineData(8, "TR BR TL BL")]
    public void Given_a_quadrant_picture_When_oriented_Then_each_corner_shows_the_expected_quadrant(int orientation, string expected)
    {
        using var picture = GdImage.Decode(ImageFormat.Jpeg, TestImages.QuadrantJpeg(80, 40, ExifOrientation.Upright, bigEndian: true))!;

        picture.Orient(orientation);

        var turned = orientation >= 5;
        (picture.Width, picture.Height).ShouldBe(turned ? (40, 80) : (80, 40));
        Corners(picture).ShouldBe(expected);
    }

    [LibGdTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void Given_a_jpeg_with_orientation_6_When_processing_Then_the_avatar_is_turned_a_quarter_clockwise(bool bigEndian)
    {
        var avatar = AvatarImaging.Process(TestImages.QuadrantJpeg(64, 48, 6, bigEndian));

        using var large = GdImage.Decode(ImageSniffer.Detect(avatar.Images[AvatarSizes.Large])!.Value, avatar.Images[AvatarSizes.Large])!;
        Corners(large).ShouldBe("BL TL BR TR");
    }

    [LibGdTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void Given_a_jpeg_without_orientation_When_processing_Then_the_avatar_is_as_stored(bool bigEndian)
    {
        var avatar = AvatarImaging.Process(TestImages.QuadrantJpeg(64, 48, ExifOrientation.Upright, bigEndian));

        using var large = GdImage.Decode(ImageSniffer.Detect(avatar.Images[AvatarSizes.Large])!.Value, avatar.Images[AvatarSizes.Large])!;
        Corners(large).ShouldBe("TL TR BL BR");
    }

    /// <summary>The quadrant shown a quarter of the way in from each corner.</summary>
    private static string Corners(GdImage picture)
    {
        var (left, right, top, bottom) = (picture.Width / 4, picture.Width * 3 / 4, picture.Height / 4, picture.Height * 3 / 4);
        return string.Join(' ', new[] { (left, top), (right, top), (left, bottom), (right, bottom) }
            .Select(point => TestImages.QuadrantOf(picture.Pixel(point.Item1, point.Item2))));
    }
}
