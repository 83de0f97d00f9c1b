namespace FitnessApp.Modules.Support.Domain;

internal static class Screenshots
{
    /// <summary>Checks size and type of an upload and answers its sniffed content type.</summary>
    public static string Check(ReadOnlySpan<byte> content, long maxBytes)
    {
        if (content.Length > maxBytes)
        {
            throw ScreenshotRejectedException.TooLarge(maxBytes);
        }

        return ImageSniffer.Sniff(content) ?? throw ScreenshotRejectedException.NotAnImage();
    }
}
