using System.Buffers.Binary;
using System.Text;
using FitnessApp.Modules.Accounts.Avatars.Imaging;

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
}
