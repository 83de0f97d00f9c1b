using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.Modules.Shop.Catalog.Images;

/// <summary>
/// Turns an upload into what the shop serves: checked, decoded and turned upright by the shared <see cref="ImageUpload"/>,
/// scaled down to fit <see cref="FullSide"/> (the product page) and <see cref="ThumbnailSide"/> (cards), both re-encoded:
/// the uploaded bytes (EXIF, GPS, comments, trailing data) are never stored.
/// </summary>
internal static class ProductImaging
{
    public const int MinSide = 64;
    public const int MaxSide = 8000;
    public const int FullSide = 1200;
    public const int ThumbnailSide = 400;

    /// <summary>Throws a 415 for a type other than JPEG, PNG or WebP and a 400 naming <c>file</c> for a bad picture.</summary>
    public static ProcessedProductImage Process(ReadOnlySpan<byte> upload)
    {
        using var picture = ImageUpload.Decode(upload, "a product image", MinSide, MaxSide);
        return Encode(picture);
    }

    public static ProcessedProductImage Encode(GdImage picture)
    {
        using var full = picture.Fit(FullSide);
        using var thumbnail = picture.Fit(ThumbnailSide);
        return new ProcessedProductImage(
            ServedImageFormat.ContentType, ServedImageFormat.Encode(full), full.Width, full.Height, ServedImageFormat.Encode(thumbnail));
    }
}

internal sealed record ProcessedProductImage(string ContentType, byte[] Content, int Width, int Height, byte[] Thumbnail);
