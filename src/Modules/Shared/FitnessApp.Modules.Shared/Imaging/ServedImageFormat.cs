namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>What re-encoded pictures are served as: WebP when this machine's libgd writes it (checked once), PNG otherwise.</summary>
public static class ServedImageFormat
{
    public const int WebpQuality = 85;

    private static readonly Lazy<bool> WritesWebp = new(() =>
    {
        using var probe = GdImage.Create(8, 8);
        return probe.EncodeWebp(WebpQuality) is { Length: > 0 };
    });

    public static string ContentType => WritesWebp.Value ? "image/webp" : "image/png";

    /// <summary>The picture in the served format; throws when libgd cannot encode it.</summary>
    public static byte[] Encode(GdImage picture) =>
        (WritesWebp.Value ? picture.EncodeWebp(WebpQuality) : picture.EncodePng())
        ?? throw new InvalidOperationException($"libgd could not encode a {picture.Width}x{picture.Height} picture.");
}
