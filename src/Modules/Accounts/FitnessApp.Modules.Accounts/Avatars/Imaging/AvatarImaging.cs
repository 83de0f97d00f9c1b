using FitnessApp.Modules.Shared.Errors;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Accounts.Avatars.Imaging;

/// <summary>
/// Turns an upload into the avatars that are served: type by magic bytes, canvas size from the header before any
/// decoding, then decoded, centre-cropped to a square, resized to each of <see cref="AvatarSizes.All"/> and
/// re-encoded, so that no byte of the upload (EXIF, GPS, comments, trailing data) is ever served.
/// </summary>
internal static class AvatarImaging
{
    public const int MinSide = 32;
    public const int MaxSide = 8000;
    private const int WebpQuality = 85;

    /// <summary>Throws a 415 for a type other than JPEG, PNG or WebP and a 400 naming <c>file</c> for a bad picture.</summary>
    public static ProcessedAvatar Process(ReadOnlySpan<byte> upload)
    {
        if (ImageSniffer.Detect(upload) is not { } format)
        {
            throw new BadHttpRequestException(
                $"The file is {ImageSniffer.Describe(upload)}; an avatar must be a JPEG, PNG or WebP image.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (ImageHeader.Dimensions(format, upload) is not var (width, height))
        {
            throw FieldErrors.For("file", $"The {format} header cannot be read.");
        }

        if (width > MaxSide || height > MaxSide || width < MinSide || height < MinSide)
        {
            throw FieldErrors.For("file", $"The image is {width}x{height} pixels; each side must be from {MinSide} to {MaxSide} pixels.");
        }

        if (!LibGd.IsAvailable)
        {
            throw new BadHttpRequestException(
                "Avatars cannot be processed on this server: the libgd3 library is not installed.", StatusCodes.Status503ServiceUnavailable);
        }

        using var picture = GdImage.Decode(format, upload) ?? throw FieldErrors.For("file", $"The {format} image cannot be decoded.");
        if (picture.Width != width || picture.Height != height)
        {
            throw FieldErrors.For("file", $"The {format} image does not match its header.");
        }

        return Encode(picture);
    }

    /// <summary>Every size of <paramref name="picture"/>, centre-cropped, in the served format.</summary>
    public static ProcessedAvatar Encode(GdImage picture)
    {
        var crop = SquareCrop.Of(picture.Width, picture.Height);
        var images = new Dictionary<int, byte[]>();
        foreach (var side in AvatarSizes.All)
        {
            using var square = picture.Square(crop, side);
            images[side] = (Format.Webp ? square.EncodeWebp(WebpQuality) : square.EncodePng())
                ?? throw new InvalidOperationException($"libgd could not encode a {side}px avatar.");
        }

        return new ProcessedAvatar(Format.ContentType, images);
    }

    /// <summary>WebP when this machine's libgd writes it (checked once), PNG otherwise.</summary>
    private static (bool Webp, string ContentType) Format => LazyFormat.Value;

    private static readonly Lazy<(bool, string)> LazyFormat = new(() =>
    {
        using var probe = GdImage.Create(AvatarSizes.Small, AvatarSizes.Small);
        return probe.EncodeWebp(WebpQuality) is { Length: > 0 } ? (true, "image/webp") : (false, "image/png");
    });
}

/// <param name="Images">The encoded avatar per side in pixels.</param>
internal sealed record ProcessedAvatar(string ContentType, IReadOnlyDictionary<int, byte[]> Images);
