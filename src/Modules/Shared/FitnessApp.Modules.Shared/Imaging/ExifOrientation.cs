using System.Buffers.Binary;

namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>
/// The EXIF Orientation (tag 0x0112 of IFD0) of a JPEG: how a camera that stored the sensor's rows as they came
/// says the picture must be turned to be upright. 1 (upright) when there is no APP1/Exif segment, no tag or
/// anything malformed; the parser reads only within the segment, either byte order.
/// </summary>
public static class ExifOrientation
{
    public const int Upright = 1;
    private const ushort OrientationTag = 0x0112;
    private const ushort ShortType = 3;

    public static int Of(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return Upright;
        }

        var position = 2;
        while (position + 4 <= jpeg.Length)
        {
            if (jpeg[position] != 0xFF)
            {
                return Upright;
            }

            var marker = jpeg[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                return Upright;
            }

            if (marker is 0x01 or >= 0xD0 and <= 0xD7)
            {
                position += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 2)..]);
            if (length < 2 || position + 2 + length > jpeg.Length)
            {
                return Upright;
            }

            var segment = jpeg.Slice(position + 4, length - 2);
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
            {
                return FromTiff(segment[6..]);
            }

            position += 2 + length;
        }

        return Upright;
    }

    private static int FromTiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return Upright;
        }

        bool bigEndian;
        if (tiff.StartsWith("MM\0*"u8))
        {
            bigEndian = true;
        }
        else if (tiff.StartsWith("II*\0"u8))
        {
            bigEndian = false;
        }
        else
        {
            return Upright;
        }

        var ifd = UInt32(tiff[4..], bigEndian);
        if (ifd > (uint)tiff.Length - 2)
        {
            return Upright;
        }

        var entries = UInt16(tiff[(int)ifd..], bigEndian);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)ifd + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                return Upright;
            }

            if (UInt16(tiff[entry..], bigEndian) == OrientationTag)
            {
                var value = UInt16(tiff[(entry + 8)..], bigEndian);
                return UInt16(tiff[(entry + 2)..], bigEndian) == ShortType && value is >= 1 and <= 8 ? value : Upright;
            }
        }

        return Upright;
    }

    private static ushort UInt16(ReadOnlySpan<byte> data, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data) : BinaryPrimitives.ReadUInt16LittleEndian(data);

    private static uint UInt32(ReadOnlySpan<byte> data, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data) : BinaryPrimitives.ReadUInt32LittleEndian(data);
}
