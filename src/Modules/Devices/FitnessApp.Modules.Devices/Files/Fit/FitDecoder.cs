using System.Buffers.Binary;

namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>
/// Streams the messages of one or more chained FIT files to a handler: checks each header and its CRC,
/// keeps a decode plan per local message type, resolves compressed-timestamp headers and checks each file's CRC.
/// </summary>
internal sealed class FitDecoder(Stream stream, IFitMessageHandler handler)
{
    private const byte TimestampField = 253;
    private readonly FitByteReader reader = new(stream);
    private readonly FitDecodePlan?[] plans = new FitDecodePlan?[16];
    private uint? lastTimestamp;

    public void Decode(CancellationToken cancellationToken = default)
    {
        var files = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            DecodeFile(files == 0, cancellationToken);
            files++;
        }
        while (!reader.AtEnd());
    }

    private void DecodeFile(bool first, CancellationToken cancellationToken)
    {
        Array.Clear(plans);
        lastTimestamp = null;
        reader.Crc = 0;
        reader.Taken = 0;
        var dataSize = ReadHeader(first);
        handler.OnFileStart();

        var end = reader.Taken + dataSize;
        var messages = 0;
        while (reader.Taken < end)
        {
            if ((++messages & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ReadRecord();
        }

        var computed = reader.Crc;
        var stored = BinaryPrimitives.ReadUInt16LittleEndian(reader.Take(2));
        if (stored != computed)
        {
            throw FitErrors.FileCrc();
        }
    }

    private uint ReadHeader(bool first)
    {
        if (reader.AtEnd())
        {
            throw first ? FitErrors.NotFit() : FitErrors.Truncated();
        }

        var size = reader.TakeByte();
        if (size < 12)
        {
            throw first ? FitErrors.NotFit() : FitErrors.CorruptHeader();
        }

        // Too short for the size its first byte claims: for the first header, most likely not FIT at all.
        if (first && !reader.Has(size - 1))
        {
            throw FitErrors.NotFit();
        }

        var header = reader.Take(size - 1);
        if (header[7] != (byte)'.' || header[8] != (byte)'F' || header[9] != (byte)'I' || header[10] != (byte)'T')
        {
            throw first ? FitErrors.NotFit() : FitErrors.CorruptHeader();
        }

        var dataSize = BinaryPrimitives.ReadUInt32LittleEndian(header[3..]);
        if (size >= 14)
        {
            var stored = BinaryPrimitives.ReadUInt16LittleEndian(header[11..]);
            Span<byte> covered = stackalloc byte[12];
            covered[0] = size;
            header[..11].CopyTo(covered[1..]);
            if (stored != 0 && stored != FitCrc.Update(0, covered))
            {
                throw FitErrors.HeaderCrc();
            }
        }

        return dataSize;
    }

    private void ReadRecord()
    {
        var header = reader.TakeByte();
        if ((header & 0x80) != 0)
        {
            ReadCompressedTimestampData(header);
        }
        else if ((header & 0x40) != 0)
        {
            ReadDefinition(header & 0x0F, (header & 0x20) != 0);
        }
        else
        {
            var plan = plans[header & 0x0F] ?? throw FitErrors.UndefinedMessage();
            var bytes = reader.Take(plan.Size);
            var timestamp = ReadTimestamp(plan, bytes);
            handler.OnMessage(new FitMessage(plan, bytes, timestamp));
        }
    }

    private void ReadCompressedTimestampData(byte header)
    {
        var plan = plans[(header >> 5) & 0x03] ?? throw FitErrors.UndefinedMessage();
        var bytes = reader.Take(plan.Size);
        uint? timestamp = null;
        if (lastTimestamp is { } last)
        {
            // The 5-bit offset is the low bits of the new timestamp; it rolls over every 32 seconds.
            var offset = (uint)(header & 0x1F);
            timestamp = last + ((offset - (last & 0x1F)) & 0x1F);
            lastTimestamp = timestamp;
        }

        handler.OnMessage(new FitMessage(plan, bytes, timestamp));
    }

    private uint? ReadTimestamp(FitDecodePlan plan, ReadOnlySpan<byte> bytes)
    {
        if (!new FitMessage(plan, bytes, null).TryGetRaw(TimestampField, out var value))
        {
            return null;
        }

        lastTimestamp = (uint)value;
        return lastTimestamp;
    }

    private void ReadDefinition(int localType, bool hasDeveloperFields)
    {
        var fixedPart = reader.Take(5);
        var bigEndian = fixedPart[1] == 1;
        var global = bigEndian
            ? BinaryPrimitives.ReadUInt16BigEndian(fixedPart[2..])
            : BinaryPrimitives.ReadUInt16LittleEndian(fixedPart[2..]);
        int count = fixedPart[4];

        var fields = new FitFieldDefinition[count];
        var definitions = reader.Take(count * 3);
        var offset = 0;
        for (var i = 0; i < count; i++)
        {
            var size = definitions[(i * 3) + 1];
            fields[i] = new FitFieldDefinition(definitions[i * 3], offset, size, definitions[(i * 3) + 2]);
            offset += size;
        }

        if (hasDeveloperFields)
        {
            int developerCount = reader.TakeByte();
            var developer = reader.Take(developerCount * 3);
            for (var i = 0; i < developerCount; i++)
            {
                offset += developer[(i * 3) + 1];
            }
        }

        plans[localType] = new FitDecodePlan(global, bigEndian, fields, offset);
    }
}
