using System.Buffers.Binary;
using System.Text;

namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>
/// One data message, read in place from the decoder's buffer: fields are decoded on demand and nothing is
/// allocated per field. Only valid until the handler returns.
/// </summary>
internal readonly ref struct FitMessage(FitDecodePlan plan, ReadOnlySpan<byte> bytes, uint? timestamp)
{
    private readonly ReadOnlySpan<byte> bytes = bytes;

    public ushort Global => plan.GlobalMessage;

    /// <summary>How many fields the message defines (developer fields not counted).</summary>
    public int Fields => plan.Fields.Length;

    /// <summary>FIT seconds (since 1989-12-31 UTC) from the timestamp field or the compressed header.</summary>
    public uint? Timestamp { get; } = timestamp;

    /// <summary>The first value of the field as a number before scale/offset; false when absent or invalid.</summary>
    public bool TryGetRaw(byte fieldNumber, out double value)
    {
        value = 0;
        var index = plan.IndexOf(fieldNumber);
        if (index < 0 || !TryGetBits(plan.Fields[index], out var baseType, out var raw))
        {
            return false;
        }

        // A float field may hold NaN or infinity, which no activity value can be: the same as "no value".
        value = FitBaseType.ToDouble(baseType, raw);
        return double.IsFinite(value);
    }

    public double? Get(byte fieldNumber, double scale = 1, double offset = 0) =>
        TryGetRaw(fieldNumber, out var raw) ? (raw / scale) - offset : null;

    public int? GetInt(byte fieldNumber) => TryGetRaw(fieldNumber, out var raw) ? (int)raw : null;

    /// <summary>The field's bytes as the definition laid them out (for components such as compressed speed/distance).</summary>
    public ReadOnlySpan<byte> GetBytes(byte fieldNumber)
    {
        var index = plan.IndexOf(fieldNumber);
        if (index < 0)
        {
            return [];
        }

        var field = plan.Fields[index];
        return bytes.Slice(field.Offset, field.Size);
    }

    public string? GetString(byte fieldNumber)
    {
        var raw = GetBytes(fieldNumber);
        var end = raw.IndexOf((byte)0);
        raw = end < 0 ? raw : raw[..end];
        return raw.IsEmpty ? null : Encoding.UTF8.GetString(raw);
    }

    private bool TryGetBits(FitFieldDefinition field, out byte baseType, out ulong raw)
    {
        baseType = (byte)(field.BaseType & 0x1F);
        raw = 0;
        var size = FitBaseType.SizeOf(baseType);

        // A field whose size is not a whole number of its base type's values cannot be read (seen in COROS files).
        if (size == 0 || field.Size < size || field.Size % size != 0)
        {
            return false;
        }

        var value = bytes.Slice(field.Offset, size);
        raw = size switch
        {
            1 => value[0],
            2 => plan.BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(value) : BinaryPrimitives.ReadUInt16LittleEndian(value),
            4 => plan.BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(value) : BinaryPrimitives.ReadUInt32LittleEndian(value),
            _ => plan.BigEndian ? BinaryPrimitives.ReadUInt64BigEndian(value) : BinaryPrimitives.ReadUInt64LittleEndian(value),
        };
        return !FitBaseType.IsInvalid(baseType, raw);
    }
}
