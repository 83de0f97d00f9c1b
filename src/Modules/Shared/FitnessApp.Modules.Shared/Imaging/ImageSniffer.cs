using System.Text;

namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>Decides an upload's type by its first bytes: the file name and the declared content type are the client's word only.</summary>
public static class ImageSniffer
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageFormat? Detect(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (data.StartsWith(Png))
        {
            return ImageFormat.Png;
        }

        return data.Length >= 12 && Ascii(data, 0, "RIFF") && Ascii(data, 8, "WEBP") ? ImageFormat.Webp : null;
    }

    /// <summary>A name for what a rejected upload looks like, for the error message.</summary>
    public static string Describe(ReadOnlySpan<byte> data) => data switch
    {
        _ when data.IsEmpty => "an empty file",
        _ when Ascii(data, 0, "GIF8") => "a GIF image",
        _ when Ascii(data, 0, "%PDF") => "a PDF document",
        _ when Ascii(data, 0, "BM") => "a BMP image",
        _ when Ascii(data, 0, "II*\0") || Ascii(data, 0, "MM\0*") => "a TIFF image",
        _ when Ascii(data, 4, "ftypheic") || Ascii(data, 4, "ftypmif1") || Ascii(data, 4, "ftypheix") => "a HEIC image",
        _ when Ascii(data, 4, "ftypavif") => "an AVIF image",
        _ when Ascii(data, 0, "PK\u0003\u0004") => "a zip archive",
        _ when data.TrimStart((byte)' ').StartsWith("<"u8) => "an XML or SVG document",
        _ => "not a known image type",
    };

    private static bool Ascii(ReadOnlySpan<byte> data, int offset, string text) =>
        data.Length >= offset + text.Length && data.Slice(offset, text.Length).SequenceEqual(Encoding.ASCII.GetBytes(text));
}
