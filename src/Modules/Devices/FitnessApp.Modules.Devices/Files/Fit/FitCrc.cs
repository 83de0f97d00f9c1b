namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>The FIT protocol's CRC-16 (reflected polynomial 0xA001, initial value 0), computed a nibble at a time.</summary>
internal static class FitCrc
{
    private static readonly ushort[] Nibbles = BuildNibbleTable();

    public static ushort Update(ushort crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = Step(crc, b & 0x0F);
            crc = Step(crc, b >> 4);
        }

        return crc;
    }

    private static ushort Step(ushort crc, int nibble)
    {
        var tmp = Nibbles[crc & 0x0F];
        crc = (ushort)((crc >> 4) & 0x0FFF);
        return (ushort)(crc ^ tmp ^ Nibbles[nibble]);
    }

    private static ushort[] BuildNibbleTable()
    {
        var table = new ushort[16];
        for (var i = 0; i < 16; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 4; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            }

            table[i] = crc;
        }

        return table;
    }
}
