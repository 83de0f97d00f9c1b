using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.Modules.Accounts.Avatars.Imaging;

/// <summary>
/// Turns an upload into the avatars that are served: checked and decoded by the shared <see cref="ImageUpload"/> (type by
/// magic bytes, canvas size from the header, turned upright), centre-cropped to a square, resized to each of
/// <see cref="AvatarSizes.All"/> and re-encoded, so that no byte of the upload (EXIF, GPS, comments, trailing data) is ever served.
/// </summary>
internal static class AvatarImaging
{
    public const int MinSide = 32;
    public const int MaxSide = 8000;

    /// <summary>Throws a 415 for a type other than JPEG, PNG or WebP and a 400 naming <c>file</c> for a bad picture.</summary>
    public static ProcessedAvatar Process(ReadOnlySpan<byte> upload)
    {
        using var picture = ImageUpload.Decode(upload, "an avatar", MinSide, MaxSide);
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
            images[side] = ServedImageFormat.Encode(square);
        }

        return new ProcessedAvatar(ServedImageFormat.ContentType, images);
    }
}

/// <param name="Images">The encoded avatar per side in pixels.</param>
internal sealed record ProcessedAvatar(string ContentType, IReadOnlyDictionary<int, byte[]> Images);
