namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>
/// The FIT protocol's CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0). The SDK describes it a
/// nibble at a time; a byte-wide table gives the same values in half the lookups.
/// </summary>
internal static class FitCrc
{
    private static readonly ushort[] Table = BuildTable();

    public static ushort Update(ushort crc, ReadOnlySpan<byte> bytes)
    {
        var table = Table;
        foreach (var b in bytes)
        {
            crc = (ushort)((crc >> 8) ^ table[(crc ^ b) & 0xFF]);
        }

        return crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            }

            table[i] = crc;
        }

        return table;
    }
}
