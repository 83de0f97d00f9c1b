using System.Buffers.Binary;
using System.Text;
using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.Modules.Accounts.Tests.Avatars;

/// <summary>Real pictures made with libgd, and crafted headers.</summary>
internal static class TestImages
{
    public const string Secret = "GPS 52.5200N 13.4050E secret-camera-serial";

    public static byte[] Picture(ImageFormat format, int width, int height)
    {
        using var picture = GdImage.Create(width, height);
        picture.Fill(200, 40, 40);
        return (format switch
        {
            ImageFormat.Jpeg => picture.EncodeJpeg(90),
            ImageFormat.Png => picture.EncodePng(),
            _ => picture.EncodeWebp(90),
        })!;
    }

    /// <summary>A JPEG with an EXIF segment holding <see cref="Secret"/> right after its start marker.</summary>
    public static byte[] JpegWithExif(int width, int height)
    {
        var jpeg = Picture(ImageFormat.Jpeg, width, height);
        var payload = Encoding.ASCII.GetBytes("Exif\0\0" + Secret);
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A tiny PNG whose header claims <paramref name="width"/> x <paramref name="height"/>: a decompression bomb's calling card.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var png = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8), 13);
        "IHDR"u8.CopyTo(png.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), (uint)height);
        png[24] = 8;
        png[25] = 6;
        return png;
    }

    public static (int Width, int Height) Decoded(ImageFormat format, byte[] data)
    {
        using var picture = GdImage.Decode(format, data) ?? throw new InvalidOperationException("Not decodable.");
        return (picture.Width, picture.Height);
    }

    /// <summary>SOI, an APP1/Exif segment with only the Orientation tag in IFD0, EOI.</summary>
    public static byte[] ExifSegment(int orientation, bool bigEndian) => [0xFF, 0xD8, .. App1(orientation, bigEndian), 0xFF, 0xD9];

    /// <summary>
    /// A <paramref name="width"/> x <paramref name="height"/> JPEG in four coloured quadrants (top left red, top right
    /// blue, bottom left green, bottom right yellow) carrying EXIF <paramref name="orientation"/>.
    /// </summary>
    public static byte[] QuadrantJpeg(int width, int height, int orientation, bool bigEndian)
    {
        using var picture = GdImage.Create(width, height);
        foreach (var (quadrant, (red, green, blue)) in Quadrants)
        {
            var (x, y) = (quadrant is "TR" or "BR" ? width / 2 : 0, quadrant is "BL" or "BR" ? height / 2 : 0);
            picture.Fill(red, green, blue, x, y, width / 2, height / 2);
        }

        var jpeg = picture.EncodeJpeg(95)!;
        return [.. jpeg[..2], .. App1(orientation, bigEndian), .. jpeg[2..]];
    }

    public static readonly IReadOnlyDictionary<string, (byte Red, byte Green, byte Blue)> Quadrants = new Dictionary<string, (byte, byte, byte)>
    {
        ["TL"] = (220, 30, 30),
        ["TR"] = (30, 30, 220),
        ["BL"] = (30, 200, 30),
        ["BR"] = (230, 230, 30),
    };

    /// <summary>Which quadrant's colour <paramref name="pixel"/> is closest to.</summary>
    public static string QuadrantOf((byte Red, byte Green, byte Blue) pixel) =>
        Quadrants.MinBy(q => Math.Pow(q.Value.Red - pixel.Red, 2) + Math.Pow(q.Value.Green - pixel.Green, 2) + Math.Pow(q.Value.Blue - pixel.Blue, 2)).Key;

    private static byte[] App1(int orientation, bool bigEndian)
    {
        var tiff = new byte[8 + 2 + 12 + 4];
        (bigEndian ? "MM\0*"u8 : "II*\0"u8).CopyTo(tiff);
        Write32(tiff.AsSpan(4), 8, bigEndian);
        Write16(tiff.AsSpan(8), 1, bigEndian);
        Write16(tiff.AsSpan(10), 0x0112, bigEndian);
        Write16(tiff.AsSpan(12), 3, bigEndian);
        Write32(tiff.AsSpan(14), 1, bigEndian);
        Write16(tiff.AsSpan(18), (ushort)orientation, bigEndian);
        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private static void Write16(Span<byte> target, ushort value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(target, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(target, value);
        }
    }

    private static void Write32(Span<byte> target, uint value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(target, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(target, value);
        }
    }
}
