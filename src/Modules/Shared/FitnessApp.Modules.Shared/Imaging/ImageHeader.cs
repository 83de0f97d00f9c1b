using System.Buffers.Binary;

namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>
/// Width and height as an image's header declares them, read before anything is decoded, so that a small file
/// claiming a huge canvas (a decompression bomb) is refused without allocating it. Null when the header is unreadable.
/// </summary>
public static class ImageHeader
{
    public static (int Width, int Height)? Dimensions(ImageFormat format, ReadOnlySpan<byte> data) => format switch
    {
        ImageFormat.Png => Png(data),
        ImageFormat.Jpeg => Jpeg(data),
        _ => Webp(data),
    };

    private static (int, int)? Png(ReadOnlySpan<byte> data) =>
        data.Length >= 24 && data.Slice(12, 4).SequenceEqual("IHDR"u8)
            ? Checked(BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]))
            : null;

    private static (int, int)? Jpeg(ReadOnlySpan<byte> data)
    {
        var at = 2;
        while (at + 4 <= data.Length)
        {
            if (data[at] != 0xFF)
            {
                return null;
            }

            var marker = data[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return at + 9 <= data.Length
                    ? Checked(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]))
                    : null;
            }

            if (marker == 0xDA || length < 2)
            {
                return null;
            }

            at += 2 + length;
        }

        return null;
    }

    private static (int, int)? Webp(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30)
        {
            return null;
        }

        var chunk = data.Slice(12, 4);
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Checked(1 + (uint)(data[24] | data[25] << 8 | data[26] << 16), 1 + (uint)(data[27] | data[28] << 8 | data[29] << 16));
        }

        if (chunk.SequenceEqual("VP8L"u8) && data[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return Checked(1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
        }

        if (chunk.SequenceEqual("VP8 "u8) && data[23] == 0x9D && data[24] == 0x01 && data[25] == 0x2A)
        {
            return Checked(BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFFu, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFFu);
        }

        return null;
    }

    private static (int, int)? Checked(uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : ((int)width, (int)height);
}
