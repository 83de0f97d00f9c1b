namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>Reads a stream through one reusable buffer, keeping the running FIT CRC of every byte taken.</summary>
internal sealed class FitByteReader(Stream stream)
{
    private byte[] buffer = new byte[64 * 1024];
    private int position;
    private int length;

    public ushort Crc { get; set; }

    /// <summary>Bytes taken since the last reset (the current file's header and data so far).</summary>
    public long Taken { get; set; }

    public bool AtEnd() => !Fill(1);

    public bool Has(int count) => Fill(count);

    public byte TakeByte() => Take(1)[0];

    public ReadOnlySpan<byte> Take(int count)
    {
        if (!Fill(count))
        {
            throw FitErrors.Truncated();
        }

        var span = buffer.AsSpan(position, count);
        position += count;
        Taken += count;
        Crc = FitCrc.Update(Crc, span);
        return span;
    }

    private bool Fill(int count)
    {
        if (length - position >= count)
        {
            return true;
        }

        if (count > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(count, buffer.Length * 2));
        }

        Buffer.BlockCopy(buffer, position, buffer, 0, length - position);
        length -= position;
        position = 0;
        while (length < count)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return false;
            }

            length += read;
        }

        return true;
    }
}
