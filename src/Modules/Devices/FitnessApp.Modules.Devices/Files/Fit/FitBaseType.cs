namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>The FIT base types (low five bits of the base type byte): their size and the raw value meaning "no value".</summary>
internal static class FitBaseType
{
    public const byte Enum = 0x00;
    public const byte SInt8 = 0x01;
    public const byte UInt8 = 0x02;
    public const byte SInt16 = 0x03;
    public const byte UInt16 = 0x04;
    public const byte SInt32 = 0x05;
    public const byte UInt32 = 0x06;
    public const byte String = 0x07;
    public const byte Float32 = 0x08;
    public const byte Float64 = 0x09;
    public const byte UInt8Z = 0x0A;
    public const byte UInt16Z = 0x0B;
    public const byte UInt32Z = 0x0C;
    public const byte Byte = 0x0D;
    public const byte SInt64 = 0x0E;
    public const byte UInt64 = 0x0F;
    public const byte UInt64Z = 0x10;

    /// <summary>Size in bytes of one value; 0 for an unknown base type (its bytes are skipped).</summary>
    public static int SizeOf(byte number) => number switch
    {
        Enum or SInt8 or UInt8 or String or UInt8Z or Byte => 1,
        SInt16 or UInt16 or UInt16Z => 2,
        SInt32 or UInt32 or Float32 or UInt32Z => 4,
        Float64 or SInt64 or UInt64 or UInt64Z => 8,
        _ => 0,
    };

    /// <summary>Whether the raw bits (already assembled in host order, zero-extended) are the type's invalid value.</summary>
    public static bool IsInvalid(byte number, ulong raw) => number switch
    {
        Enum or UInt8 or Byte => raw == 0xFF,
        SInt8 => raw == 0x7F,
        SInt16 => raw == 0x7FFF,
        UInt16 => raw == 0xFFFF,
        SInt32 => raw == 0x7FFF_FFFF,
        UInt32 or Float32 => raw == 0xFFFF_FFFF,
        SInt64 => raw == 0x7FFF_FFFF_FFFF_FFFF,
        UInt64 or Float64 => raw == ulong.MaxValue,
        UInt8Z or UInt16Z or UInt32Z or UInt64Z or String => raw == 0,
        _ => true,
    };

    /// <summary>The numeric value of valid raw bits.</summary>
    public static double ToDouble(byte number, ulong raw) => number switch
    {
        SInt8 => (sbyte)raw,
        SInt16 => (short)raw,
        SInt32 => (int)raw,
        SInt64 => (long)raw,
        Float32 => BitConverter.UInt32BitsToSingle((uint)raw),
        Float64 => BitConverter.UInt64BitsToDouble(raw),
        _ => raw,
    };
}
