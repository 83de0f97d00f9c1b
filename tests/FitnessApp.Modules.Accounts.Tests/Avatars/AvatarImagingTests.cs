using System.Text;
using FitnessApp.Modules.Accounts.Avatars;
using FitnessApp.Modules.Accounts.Avatars.Imaging;
using FitnessApp.Modules.Shared.Imaging;
using FluentValidation;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Accounts.Tests.Avatars;

public sealed class AvatarImagingTests
{
    [Theory]
    [InlineData(300, 200, 50, 0, 200)]
    [InlineData(200, 300, 0, 50, 200)]
    [InlineData(64, 64, 0, 0, 64)]
    [InlineData(101, 50, 25, 0, 50)]
    public void Given_a_picture_When_cropping_Then_the_largest_centred_square_is_kept(int width, int height, int x, int y, int side)
    {
        SquareCrop.Of(width, height).ShouldBe(new SquareCrop(x, y, side));
    }

    [Theory]
    [InlineData("Jpeg")]
    [InlineData("Png")]
    [InlineData("Webp")]
    public void Given_a_landscape_upload_When_processing_Then_256_and_64_pixel_squares_are_re_encoded(string formatName)
    {
        var format = Enum.Parse<ImageFormat>(formatName);
        var avatar = AvatarImaging.Process(TestImages.Picture(format, 400, 300));

        avatar.ContentType.ShouldBe("image/webp");
        var served = ImageSniffer.Detect(avatar.Images[AvatarSizes.Large]).ShouldNotBeNull();
        TestImages.Decoded(served, avatar.Images[AvatarSizes.Large]).ShouldBe((256, 256));
        TestImages.Decoded(served, avatar.Images[AvatarSizes.Small]).ShouldBe((64, 64));
    }

    [Fact]
    public void Given_a_jpeg_with_exif_and_gps_When_processing_Then_no_metadata_survives()
    {
        var upload = TestImages.JpegWithExif(500, 500);
        Encoding.ASCII.GetString(upload).ShouldContain(TestImages.Secret);

        var avatar = AvatarImaging.Process(upload);

        foreach (var image in avatar.Images.Values)
        {
            var text = Encoding.ASCII.GetString(image);
            text.ShouldNotContain("Exif");
            text.ShouldNotContain("GPS");
        }
    }

    [Theory]
    [InlineData(20000, 20000)]
    [InlineData(8001, 100)]
    [InlineData(31, 400)]
    public void Given_a_size_out_of_bounds_When_processing_Then_400_names_the_file_before_decoding(int width, int height)
    {
        var error = Should.Throw<ValidationException>(() => AvatarImaging.Process(TestImages.PngHeaderOnly(width, height)));

        error.Errors.ShouldContain(e => e.PropertyName == "file" && e.ErrorMessage.Contains($"{width}x{height}"));
    }

    [Fact]
    public void Given_a_gif_When_processing_Then_415_names_the_type()
    {
        var error = Should.Throw<BadHttpRequestException>(() => AvatarImaging.Process(Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00")));

        error.StatusCode.ShouldBe(StatusCodes.Status415UnsupportedMediaType);
        error.Message.ShouldContain("GIF");
    }

    [Fact]
    public void Given_a_valid_header_with_garbage_after_it_When_processing_Then_400_says_it_cannot_be_decoded()
    {
        byte[] broken = [.. TestImages.PngHeaderOnly(100, 100), .. new byte[200]];

        Should.Throw<ValidationException>(() => AvatarImaging.Process(broken)).Errors.ShouldContain(e => e.PropertyName == "file");
    }
}
