using FitnessApp.Modules.Shared.Errors;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>
/// The safe way in for an uploaded picture: the type by magic bytes (JPEG, PNG or WebP, else 415), the canvas size read
/// from the header before anything is decoded (outside the bounds a 400 naming <c>file</c>, so a small file claiming a
/// huge canvas is never allocated), 503 without libgd, then decoded by libgd (a broken file is a 400) and turned upright
/// as a JPEG's EXIF orientation says. Callers re-encode what they keep, so no byte of the upload is ever served.
/// </summary>
public static class ImageUpload
{
    /// <param name="upload">The uploaded bytes.</param>
    /// <param name="what">What the picture is for, in messages ("an avatar", "a product image").</param>
    /// <param name="minSide">The fewest pixels a side may have.</param>
    /// <param name="maxSide">The most pixels a side may have.</param>
    public static GdImage Decode(ReadOnlySpan<byte> upload, string what, int minSide, int maxSide)
    {
        if (ImageSniffer.Detect(upload) is not { } format)
        {
            throw new BadHttpRequestException(
                $"The file is {ImageSniffer.Describe(upload)}; {what} must be a JPEG, PNG or WebP image.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (ImageHeader.Dimensions(format, upload) is not var (width, height))
        {
            throw FieldErrors.For("file", $"The {format} header cannot be read.");
        }

        if (width > maxSide || height > maxSide || width < minSide || height < minSide)
        {
            throw FieldErrors.For("file", $"The image is {width}x{height} pixels; each side must be from {minSide} to {maxSide} pixels.");
        }

        if (!LibGd.IsAvailable)
        {
            throw new BadHttpRequestException(
                "Images cannot be processed on this server: the libgd3 library is not installed.", StatusCodes.Status503ServiceUnavailable);
        }

        var picture = GdImage.Decode(format, upload) ?? throw FieldErrors.For("file", $"The {format} image cannot be decoded.");
        if (picture.Width != width || picture.Height != height)
        {
            picture.Dispose();
            throw FieldErrors.For("file", $"The {format} image does not match its header.");
        }

        if (format == ImageFormat.Jpeg)
        {
            picture.Orient(ExifOrientation.Of(upload));
        }

        return picture;
    }
}
