using System.Buffers.Binary;
using FitnessApp.Modules.Devices.Files.Fit;

namespace FitnessApp.Modules.Devices.Tests.Files.Fit;

/// <summary>Writes small FIT files byte by byte for edge cases the corpus does not isolate.</summary>
internal sealed class FitFileBuilder
{
    public const byte TUInt8 = 0x02;
    public const byte TEnum = 0x00;
    public const byte TUInt16 = 0x84;
    public const byte TSInt32 = 0x85;
    public const byte TUInt32 = 0x86;

    private readonly List<byte> data = [];

    public FitFileBuilder Definition(int local, ushort global, (byte Number, byte Size, byte BaseType)[] fields, bool bigEndian = false, byte[]? developerSizes = null)
    {
        data.Add((byte)(0x40 | (developerSizes is null ? 0 : 0x20) | local));
        data.AddRange([0, (byte)(bigEndian ? 1 : 0)]);
        data.AddRange(bigEndian ? [(byte)(global >> 8), (byte)global] : [(byte)global, (byte)(global >> 8)]);
        data.Add((byte)fields.Length);
        foreach (var (number, size, baseType) in fields)
        {
            data.AddRange([number, size, baseType]);
        }

        if (developerSizes is not null)
        {
            data.Add((byte)developerSizes.Length);
            for (var i = 0; i < developerSizes.Length; i++)
            {
                data.AddRange([(byte)i, developerSizes[i], 0]);
            }
        }

        return this;
    }

    public FitFileBuilder Data(int local, params byte[] payload)
    {
        data.Add((byte)local);
        data.AddRange(payload);
        return this;
    }

    public FitFileBuilder CompressedTimestampData(int local, int timeOffset, params byte[] payload)
    {
        data.Add((byte)(0x80 | (local << 5) | (timeOffset & 0x1F)));
        data.AddRange(payload);
        return this;
    }

    /// <summary>A file_id saying "activity" (local type 15, so that it does not disturb the test's own types).</summary>
    public FitFileBuilder ActivityFileId(byte type = 4) =>
        Definition(15, 0, [(0, 1, TEnum), (1, 2, TUInt16), (2, 2, TUInt16)]).Data(15, type, 1, 0, 0x0C, 0x04);

    public byte[] Build(bool headerCrc = true, bool corruptFileCrc = false)
    {
        var header = new byte[14];
        header[0] = 14;
        header[1] = 0x20;
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), 2132);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)data.Count);
        ".FIT"u8.CopyTo(header.AsSpan(8));
        if (headerCrc)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(12), FitCrc.Update(0, header.AsSpan(0, 12)));
        }

        var file = header.Concat(data).ToList();
        var crc = FitCrc.Update(0, file.ToArray());
        file.AddRange([(byte)(crc ^ (corruptFileCrc ? 1 : 0)), (byte)(crc >> 8)]);
        return [.. file];
    }

    public static byte[] Le32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }
}
