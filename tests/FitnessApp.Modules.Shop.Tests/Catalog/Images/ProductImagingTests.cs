using System.Text;
using FitnessApp.Modules.Shared.Imaging;
using FitnessApp.Modules.Shop.Catalog.Images;
using FluentValidation;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Shop.Tests.Catalog.Images;

public sealed class ProductImagingTests
{
    [Theory]
    [InlineData(2400, 1600, 1200, 1200, 800)]
    [InlineData(1600, 2400, 1200, 800, 1200)]
    [InlineData(800, 600, 1200, 800, 600)]
    [InlineData(1200, 1200, 400, 400, 400)]
    [InlineData(9000, 10, 400, 400, 1)]
    [InlineData(2400, 1600, 400, 400, 267)]
    public void Given_ASize_When_FittedInABox_Then_TheLongerSideIsTheBoxAndTheRatioIsKept(int width, int height, int box, int expectedWidth, int expectedHeight) =>
        FitSize.Of(width, height, box).ShouldBe((expectedWidth, expectedHeight));

    [LibGdFact]
    public void Given_A3000PixelJpeg_When_Processed_Then_WebpOf1200AndAThumbnailOf400()
    {
        using var picture = GdImage.Create(3000, 1500);
        picture.Fill(10, 120, 200);
        var jpeg = picture.EncodeJpeg(90)!;

        var processed = ProductImaging.Process(jpeg);

        processed.ContentType.ShouldBe("image/webp");
        (processed.Width, processed.Height).ShouldBe((1200, 600));
        Size(processed.Content).ShouldBe((1200, 600));
        Size(processed.Thumbnail).ShouldBe((400, 200));
    }

    [Fact]
    public void Given_AnSvg_When_Processed_Then_415NamingIt() =>
        Should.Throw<BadHttpRequestException>(() => ProductImaging.Process(Encoding.ASCII.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'/>")))
            .ShouldSatisfyAllConditions(
                e => e.StatusCode.ShouldBe(StatusCodes.Status415UnsupportedMediaType),
                e => e.Message.ShouldContain("SVG"),
                e => e.Message.ShouldContain("a product image"));

    [LibGdFact]
    public void Given_ATooSmallPicture_When_Processed_Then_400NamingFile()
    {
        using var picture = GdImage.Create(40, 40);
        Should.Throw<ValidationException>(() => ProductImaging.Process(picture.EncodePng()!)).Errors.ShouldContain(e => e.PropertyName == "file");
    }

    private static (int, int) Size(byte[] data)
    {
        using var decoded = GdImage.Decode(ImageSniffer.Detect(data)!.Value, data)!;
        return (decoded.Width, decoded.Height);
    }
}

/// <summary>A fact that needs libgd3; skipped where it is not installed.</summary>
public sealed class LibGdFactAttribute : FactAttribute
{
    public LibGdFactAttribute()
    {
        if (!GdImage.IsAvailable)
        {
            Skip = "libgd3 (libgd.so.3) is not installed.";
        }
    }
}
